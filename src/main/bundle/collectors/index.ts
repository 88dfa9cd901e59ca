// The collectors, in the order the Collect screen lists them and the manifest reports them.
import { appLogCollector } from './app-log'
import { crashReportsCollector } from './crash-reports'
import { healthCollector } from './health'
import { hostCollector } from './host'
import { inventoryCollector } from './inventory'
import { osLogCollector } from './os-log'
import type { Collector } from './types'
import { userLogsCollector } from './user-logs'
import { vendorLogsCollector } from './vendor-logs'

export function defaultCollectors(): Collector[] {
  return [
    inventoryCollector,
    healthCollector,
    hostCollector,
    appLogCollector,
    osLogCollector,
    vendorLogsCollector(),
    userLogsCollector,
    crashReportsCollector
  ]
}
