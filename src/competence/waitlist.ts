/** The seat numbers 1..capacity that no confirmed registration holds, lowest first. */
export const freeSeats = (capacity: number, taken: (number | null | undefined)[]): number[] => {
  const held = new Set(taken)
  const free: number[] = []
  for (let seat = 1; seat <= capacity; seat++) if (!held.has(seat)) free.push(seat)
  return free
}

export type Queued = { id: number | string; queuedAt?: string | null }

/** The waitlist in the order it is served: first registered first, ties by id. */
export const waitlistOrder = <T extends Queued>(waitlisted: T[]): T[] =>
  [...waitlisted].sort(
    (a, b) =>
      (a.queuedAt ?? '').localeCompare(b.queuedAt ?? '') ||
      Number(a.id) - Number(b.id) ||
      String(a.id).localeCompare(String(b.id)),
  )

/** Whether registration is still open at `now`. */
export const registrationOpen = (deadline: string | null | undefined, now: Date): boolean =>
  !deadline || new Date(deadline).getTime() >= now.getTime()
