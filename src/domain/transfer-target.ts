/** Where a transfer goes, after it was checked against the mappings (see transfer-targets.ts). */
export type TransferTarget =
    | { readonly kind: 'queue'; readonly genesysQueueId: string; readonly label: string }
    | {
          readonly kind: 'agent'
          readonly userSysId: string
          readonly genesysUserId: string
          readonly label: string
      }

/** The value stored in x_gcer_pending_target and routing-event rows, e.g. `queue:<id>`. */
export function describeTarget(target: TransferTarget): string {
    return target.kind === 'queue' ? `queue:${target.genesysQueueId}` : `agent:${target.genesysUserId}`
}
