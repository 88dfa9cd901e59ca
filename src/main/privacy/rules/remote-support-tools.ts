// The remote-support tools a room PC is reached by, written once for the rules that read them:
// a session's code or password said after any of them (layout-accounts.ts), and the numeric id the
// first three reach a PC by, written after the tool's bare name (context-keys.ts: nine or ten digits).
export const NUMERIC_ID_TOOLS = ['AnyDesk', 'TeamViewer', 'RustDesk'] as const
export const REMOTE_SUPPORT_TOOLS = [
  'Quick Assist',
  'ScreenConnect',
  ...NUMERIC_ID_TOOLS,
  'Splashtop',
  'BeyondTrust',
  'Bomgar',
  'LogMeIn',
  'Remote Help'
] as const
