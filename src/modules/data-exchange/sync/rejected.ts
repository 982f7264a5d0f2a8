/** A record this portal refuses (kept as a "rejected" entry for the board), not a failure of the run. */
export class RejectedRecord extends Error {}
