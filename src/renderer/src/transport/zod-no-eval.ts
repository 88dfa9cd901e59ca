// The renderer's CSP has no 'unsafe-eval'. Zod compiles fast object parsers with `new Function`
// and probes for it on first use; the probe is caught, but the browser still reports a CSP
// violation. Parse without code generation instead (the payloads here are small).
import { z } from 'zod'

z.config({ jitless: true })
