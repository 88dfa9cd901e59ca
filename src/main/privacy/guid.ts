// A GUID written the usual way, `8-4-4-4-12` hex digits: the shape of directory and device ids
// (`ObjectId`, `deviceId`, Teams' `8:orgid:…`) and of the stores and components that stay.
export const GUID_SOURCE = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}'

/** `value` is a whole GUID, in braces or not (`{…}` as the registry writes it). */
export function isGuid(value: string): boolean {
  return WHOLE_GUID.test(value)
}
const WHOLE_GUID = new RegExp(`^(?:${GUID_SOURCE}|\\{${GUID_SOURCE}\\})$`)

// Microsoft's first-party applications and APIs have the same ids in every tenant, published and
// looked up by anyone: a sign-in's `ClientId` or `appId` naming one says which app, no one's object.
// (Teams, Office, Outlook, Azure CLI, Azure PowerShell, Graph PowerShell, Intune Company Portal, the
// authentication broker, Edge, OneDrive; and the
// first-party resources, `00000003-0000-0000-c000-000000000000` Graph, `…-0ff1-ce00-…` Office 365)
const FIRST_PARTY_APPS = new Set([
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  '27922004-5251-4030-b22d-91ecd9a37ea4',
  '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
  '1950a258-227b-4e31-a9cf-717495945fc2',
  '14d82eec-204b-4c2f-b7e8-296a70dab67e',
  '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223',
  '29d9ed98-a469-4536-ade2-f981bc1d605e',
  'ecd6b820-32c2-49b6-98a6-444530e5a77a',
  'ab9b8c07-8f02-4f72-87fa-80105867a763',
  // (and the tenant every personal Microsoft account signs in through, the same for everyone)
  '9188040d-6c67-4c5b-b112-36a304b66dad'
])
const FIRST_PARTY_RESOURCE = /^0000000[0-9a-f]-0000-(?:0000-c000|0ff1-ce00)-000000000000$/

/**
 * `value` is the id of one of Microsoft's own applications or APIs, or the consumer tenant every personal
 * account signs in through: the same for everyone, so no organisation's or person's.
 */
export function isFirstPartyAppId(value: string): boolean {
  const v = value.replace(/^\{|\}$/g, '').toLowerCase()
  return FIRST_PARTY_APPS.has(v) || FIRST_PARTY_RESOURCE.test(v)
}
