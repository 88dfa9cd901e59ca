// Where catalog facts that drive health checks come from, named once.
export const TEAMS_ROOMS_CERTIFIED =
  'Microsoft Teams Rooms list of certified firmware for USB peripherals (MicrosoftDocs OfficeDocs-SkypeForBusiness, Teams/rooms/requirements.md, older revisions)'
