import type { Rule } from '../types'
import { rewrite } from '../rewrite'

// Secrets recognisable by shape alone, wherever they appear. Key-named secrets
// (`password=`, `"token":`) are in the context rule.
const SHAPES = new RegExp(
  [
    'eyJ[A-Za-z0-9_-]{5,4096}\\.eyJ[A-Za-z0-9_-]{2,8192}\\.[A-Za-z0-9_-]{0,4096}', // JWT
    '(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,99}', // Stripe
    '(?:AKIA|ASIA)[0-9A-Z]{16}', // AWS access key id
    'gh[pousr]_[A-Za-z0-9]{36,255}', // GitHub
    'github_pat_[A-Za-z0-9_]{22,255}',
    'xox[abposr]-[A-Za-z0-9-]{10,200}', // Slack
    'AIza[0-9A-Za-z_-]{35}', // Google API key
    'glpat-[A-Za-z0-9_-]{20,64}', // GitLab
    'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}', // SendGrid
    'npm_[A-Za-z0-9]{36}',
    '(?:(?<=\\bbot)|(?<![A-Za-z0-9]))\\d{6,12}:AA[A-Za-z0-9_-]{30,40}(?![A-Za-z0-9_-])' // Telegram bot token (`/bot<id>:AA…`)
  ].join('|'),
  'g'
)

export const secretShapeRule: Rule = {
  id: 'secret-shape',
  category: 'credential',
  kind: 'secret',
  detector:
    'JWT (eyJ….eyJ….sig), Stripe sk_/rk_/pk_, AWS AKIA/ASIA, GitHub ghp_/github_pat_, Slack xox?-, Google AIza, GitLab glpat-, SendGrid, npm_, Telegram bot tokens (`<id>:AA…`)',
  replacement: '<secret-N>',
  apply(text, ctx) {
    return rewrite(text, SHAPES, (m, src) => {
      const prev = m.index > 0 ? src[m.index - 1]! : ' '
      // (a Telegram token follows `bot` in its API path, its look-behind checked that)
      if ((/[A-Za-z0-9]/.test(prev) && !/^\d/.test(m[0])) || ctx.isKept(m[0])) return undefined
      return ctx.pseudonym(this, m[0])
    })
  }
}
