import type { Rule } from '../types'
import { fitsSsid, SSID_TOKEN } from '../token-kinds'
import { nearAnchor, rewrite, rewriteAt, rewriteLineStarts } from '../rewrite'
import { LOGITECH_WORD } from './context-keys'

// A Wi-Fi scan lists the networks it sees by name and signal, with no key before the name:
// Zoom Rooms' `scan: "L'atelier de Zoé" -61dBm, "Fabrikam Staff" -48dBm`, `"Guest" (-70 dBm)`,
// `"Büro" RSSI -58`. A quoted name right before a signal strength is a network's (≤ 32 bytes,
// as 802.11 allows). A quoted name with no signal after it is left to the key rules.
// (a signal has its unit or its word: a bare `-77` after a quoted value is any number)
const NAMED_SIGNAL =
  /(["'])((?:(?!\1)[^\n\\<>]){1,32})\1[ \t]*(?:[(,:][ \t]*)?(?:(?:RSSI|rssi|signal|Signal)[ \t]*[:=]?[ \t]*-\d{2,3}(?![\d.])(?:[ \t]?dBm(?![A-Za-z]))?|-\d{2,3}[ \t]?dBm(?![A-Za-z]))/y
// every match holds a signal strength right after its closing quote
const starts = nearAnchor([/["'][ \t]*(?:[(,:][ \t]*)?(?:(?:RSSI|rssi|signal|Signal)[ \t]*[:=]?[ \t]*)?-\d{2,3}/, 36])

// `netsh wlan show interfaces` names the connected network twice: after `SSID` and after `Profile`
// (the profile Windows made for it, named as the network unless renamed); the label padded to a
// column, as netsh prints it.
// (the name runs to the line's last non-blank: a lazy name before trailing blanks read the blanks again
// for each character it took)
const NETSH_PROFILE = /[ \t]+Profile[ \t]{2,}:[ \t]+([^\r\n]*[^\s])[ \t]*(?=\r?(?:\n|$))/dy
// `netsh wlan show profile name=… key=clear` opens with the profile's name and the interface, in the
// system's language (`Profile Büro 5G on interface Wi-Fi:`, `Profil "MüllerBau-Gäste" auf Schnittstelle WLAN:`)
const NETSH_PROFILE_HEADER =
  /(?:Profile|Profil|Perfil|Profilo|Profiel)[ \t]+(["“«„]?)[ \t]?([^\s"“”«»„][^\n"“”«»„]{0,31}?)[ \t]?["”»“]?[ \t]+(?:on interface|auf Schnittstelle|sur l['’]interface|en la interfaz|sull['’]interfaccia|na interface|op interface|w interfejsie)[ \t][^\n:]{1,40}:[ \t]*\r?(?=\n|$)/dy

// a Wi-Fi profile is named for its network, and device management quotes it so (Intune: `Wi-Fi profile
// 'HBL-Rooms' failed on …`, `WLAN profile "Corp 5G" installed`)
// (the name ends at its own closing quote, also JSON-escaped: `\"HBL-Rooms\"`, `"Anna's iPhone"`)
const QUOTED_PROFILE =
  /(?<![\w-])(?:Wi-?Fi|WiFi|WLAN|[Ww]ireless) [Pp]rofile[ \t]+(?:\\"([^"\\\n]{1,32})\\"|"([^"\n]{1,32})"|'([^'\n]{1,32})'|“([^”\n]{1,32})”)/dg

// … and a network named bare after `Wi-Fi` or `Wi-Fi network` in prose, when its name has a network's
// shape: a capital and hyphenated parts, then punctuation, brackets or the line's end (`fallback Wi-Fi
// BWCorp-Secure.`, `Wi-Fi network VidaVerde-Salas (WPA2-Enterprise)`; not `Wi-Fi 6E`, `Wi-Fi Direct`)
const BARE_NETWORK =
  /(?<![\w-])(?:Wi-?Fi|WiFi|WLAN|[Ww]ireless)(?:[ \t]+network)?[ \t]+(?!Direct-)([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,4})(?=[.,;:)]?(?:[ \t]|\r?$|\r?\n)|[.,;:)])/dg

// … and a scan's table row: a BSSID, the frequency, the signal (Android's `-52(0:-53/1:-54)`), maybe an age, then
// the network's name before its flags (`dumpsys wifi`: `9c:1c:12:4e:a0:60  2437  -61(…)  1.204  NFE-Guest  [ESS]`),
// or after them at the line's end (`wpa_cli scan_results`: `<bssid>⇥2437⇥-61⇥[WPA2-PSK-CCMP][ESS]⇥NFE-Guest`)
const BSSID = '(?:[0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}'
const SCAN_FLAGS = String.raw`(?:\[[A-Z0-9+_-]{1,40}\])+`
const SCAN_ROW = new RegExp(
  String.raw`^[ \t]*${BSSID}[ \t]+\d{4,5}[ \t]+-\d{2,3}(?:\([^)\n]{0,40}\))?(?:[ \t]+\d{1,6}(?:\.\d{1,3})?)?[ \t]+(?:(\S(?:[^\n[]{0,30}\S)?)[ \t]+${SCAN_FLAGS}|${SCAN_FLAGS}[ \t]+([^\t\n]{0,31}[^\s]))[ \t]*\r?$`,
  'dgm'
)

export const wifiScanRule: Rule = {
  id: 'wifi-scan',
  category: 'wifi',
  kind: 'ssid',
  detector:
    'a quoted network name right before a signal strength, as Wi-Fi scans list what they see (`"L\'atelier de Zoé" -61dBm`, `"Guest" (-70 dBm)`, `"Büro" RSSI -58`); the connected network\'s profile in `netsh wlan show interfaces` (`    Profile                : Büro 5G`, the label padded to its column) and the profile `netsh wlan show profile` opens with, in the system\'s language (`Profile Büro 5G on interface Wi-Fi:`, `Profil "X" auf Schnittstelle WLAN:`); a Wi-Fi profile quoted after its word (`Wi-Fi profile \'HBL-Rooms\' failed`, Intune); a network named bare after `Wi-Fi`/`Wi-Fi network` with a network\'s shape, a capital and hyphenated parts, before punctuation or the line\'s end (`fallback Wi-Fi BWCorp-Secure.`, not `Wi-Fi 6E`); a scan table\'s row (a BSSID, frequency, signal, then the name before or after its `[ESS]` flags: `dumpsys wifi`, `wpa_cli scan_results`); at most 32 bytes; a name without a signal is left to the key rules',
  replacement: '<ssid-N> (the same token the SSID key gives the network)',
  gate: (t) => t.includes('-') || t.includes('Profil') || t.includes('Perfil') || t.includes('profile') || t.includes(']'),
  apply(text, ctx) {
    // a token, a number or a blank is no network's name
    const network = (name: string): boolean =>
      !name.startsWith('<') && /\p{L}/u.test(name) && name.trim() === name && fitsSsid(name) && !ctx.isKept(name)
    let out = text
    if (out.includes('-'))
      out = rewriteAt(out, NAMED_SIGNAL, starts(), (m) => {
        const name = m[2]!
        if (!network(name)) return undefined
        return m[1]! + ctx.pseudonym(this, name, SSID_TOKEN) + m[0].slice(1 + name.length)
      })
    if (out.includes('Profile '))
      out = rewriteLineStarts(out, NETSH_PROFILE, /[ \t]/, 1, (m) => (network(m[1]!) ? ctx.pseudonym(this, m[1]!, SSID_TOKEN) : undefined))
    if (out.includes(' profile ') || out.includes(' Profile '))
      out = rewrite(out, QUOTED_PROFILE, (m) => {
        let g = 1
        while (m[g] === undefined) g++
        const name = m[g]!
        if (!network(name)) return undefined
        const at = m.indices![g]![0] - m.index
        return m[0].slice(0, at) + ctx.pseudonym(this, name, SSID_TOKEN) + m[0].slice(at + name.length)
      })
    if (out.includes('Fi ') || out.includes('WLAN ') || out.includes('ireless '))
      out = rewrite(out, BARE_NETWORK, (m) => {
        const name = m[1]!
        if (!network(name) || LOGITECH_WORD.test(name)) return undefined
        const at = m.indices![1]![0] - m.index
        return m[0].slice(0, at) + ctx.pseudonym(this, name, SSID_TOKEN)
      })
    if (out.includes('['))
      out = rewrite(out, SCAN_ROW, (m) => {
        const g = m[1] !== undefined ? 1 : 2
        const name = m[g]!
        if (!network(name)) return undefined
        const at = m.indices![g]![0] - m.index
        return m[0].slice(0, at) + ctx.pseudonym(this, name, SSID_TOKEN) + m[0].slice(at + name.length)
      })
    if (out.includes('nterfa') || out.includes('Schnittstelle'))
      out = rewriteLineStarts(out, NETSH_PROFILE_HEADER, /P/, 2, (m) =>
        network(m[2]!) ? ctx.pseudonym(this, m[2]!, SSID_TOKEN) : undefined
      )
    return out
  }
}
