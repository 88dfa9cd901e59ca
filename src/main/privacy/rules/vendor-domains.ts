// An Azure storage account, database, service bus, key vault or web app is named by its owner
// (`kfsharedassets.blob.core.windows.net`, `contoso-rooms.azurewebsites.net`): vendor parents of vanity names.
const AZURE_OWNED = [
  'blob.core.windows.net',
  'file.core.windows.net',
  'queue.core.windows.net',
  'table.core.windows.net',
  'database.windows.net',
  'servicebus.windows.net',
  'azurewebsites.net',
  'vault.azure.net',
  'azure-devices.net'
]

// Domains support needs to see verbatim: the vendors whose services a room talks to.
// Any other FQDN is a host the user's network or browsing touched and is redacted.
export const VENDOR_DOMAINS = [
  // (before office.com: a Teams incoming webhook's host names the organisation, `contoso.webhook.office.com`)
  'webhook.office.com',
  'logitech.com',
  'logi.com',
  'logitech.io',
  'logitechg.com',
  'microsoft.com',
  'microsoftonline.com',
  // (Exchange Online's own servers, `AM9PR08MB6788.eurprd08.prod.outlook.com` in every mail's headers; a
  // tenant's mail host under `mail.protection.outlook.com` names the organisation)
  'mail.protection.outlook.com',
  'outlook.com',
  // (a tenant's SharePoint and its initial domain name the organisation: `contoso.sharepoint.com`)
  'sharepoint.com',
  'onmicrosoft.com',
  'office.com',
  'office365.com',
  'office.net',
  'live.com',
  'windows.com',
  // (before windows.net: Azure's hosts named by their owner, see AZURE_OWNED)
  ...AZURE_OWNED,
  'windows.net',
  'windowsupdate.com',
  'msftncsi.com',
  'msftconnecttest.com',
  'skype.com',
  'azure.com',
  'azureedge.net',
  'zoom.us',
  'zoom.com',
  'zoomgov.com',
  'google.com',
  'googleapis.com',
  'gstatic.com',
  'apple.com',
  'icloud.com',
  'mzstatic.com',
  'webex.com',
  'cisco.com',
  // the room's other makers: AV control, audio, displays, network gear and PCs
  'crestron.com',
  'crestron.io',
  'extron.com',
  'qsys.com',
  'biamp.com',
  'shure.com',
  'poly.com',
  'plantronics.com',
  'yealink.com',
  'jabra.com',
  'neat.no',
  'meraki.com',
  'ui.com',
  'arubanetworks.com',
  'hpe.com',
  'dell.com',
  'lenovo.com',
  'hp.com',
  'intel.com',
  // identity providers and package registries a room PC's tools talk to (a customer's own tenant under
  // them is a vanity name: `api-4f2a91c7.duosecurity.com`)
  'okta.com',
  'duosecurity.com',
  'docker.io',
  'docker.com',
  'npmjs.org',
  'npmjs.com',
  'pypi.org',
  // monitoring and remote-management services (an organisation's own tenant under them is a vanity name:
  // `brightwater.pagerduty.com`, `acme.screenconnect.com`)
  'sumologic.com',
  'splunkcloud.com',
  'opsgenie.com',
  'pagerduty.com',
  'screenconnect.com',
  'logicmonitor.com',
  'ninjarmm.com',
  // helpdesk and chat services a ticket's export links to (a customer's own under them is a vanity name:
  // `acme.zendesk.com`, `acme.atlassian.net`, `acme.slack.com`)
  'zendesk.com',
  'freshdesk.com',
  'atlassian.net',
  'slack.com',
  'slack-edge.com',
  'atera.com',
  'ubuntu.com',
  'debian.org',
  'github.com',
  'electronjs.org',
  'digicert.com',
  'letsencrypt.org',
  // standards bodies: XML namespaces, SAML/WS-* claim types and schemas name no one's host
  'w3.org',
  'xmlsoap.org',
  'oasis-open.org',
  'openxmlformats.org',
  'purl.org',
  'ietf.org',
  'iana.org'
]

// Vanity subdomains of meeting services name the customer (`acme.zoom.us`), so only
// generic labels are kept there.
const VANITY_PARENTS = [
  'zoom.us',
  'webex.com',
  'webhook.office.com',
  'okta.com',
  'duosecurity.com',
  'splunkcloud.com',
  'pagerduty.com',
  'screenconnect.com',
  'logicmonitor.com',
  'mail.protection.outlook.com',
  'sharepoint.com',
  'onmicrosoft.com',
  'zendesk.com',
  'freshdesk.com',
  'atlassian.net',
  'slack.com',
  ...AZURE_OWNED
]
const GENERIC_LABEL =
  /^(?:www|api|web|app|hooks|zoom|us\d{2}web|[a-z]{2}\d{0,2}web|support|status|assets|cdn\d*|static|download|update|login|meet|teams|events)$/

export type DomainVerdict = 'keep' | 'redact' | 'vanity'

// `.domain` suffixes built once: this runs for every host name candidate
const DOTTED = VENDOR_DOMAINS.map((d) => `.${d}`)

export function vendorVerdict(host: string): DomainVerdict {
  let h = host.toLowerCase()
  if (h.endsWith('.')) h = h.slice(0, -1)
  for (let i = 0; i < VENDOR_DOMAINS.length; i++) {
    const d = VENDOR_DOMAINS[i]!
    if (h === d) return 'keep'
    if (h.endsWith(DOTTED[i]!)) {
      if (VANITY_PARENTS.includes(d)) {
        const labels = h.slice(0, -d.length - 1).split('.')
        return labels.every((l) => GENERIC_LABEL.test(l)) ? 'keep' : 'vanity'
      }
      return 'keep'
    }
  }
  return 'redact'
}
