import { reduce, type Action } from './reduce.js';
import type { Session } from './session.js';
import type { Performer } from './snapshot.js';

/**
 * Reduces `action`, then runs the network for the request it left pending (at most one per action)
 * and reduces the result, so the returned session has nothing pending. The network's cost is the
 * request's: O(iterations · cost of one update + one decode).
 */
export function settle(session: Session, action: Action, performer: Performer): Session {
  const next = reduce(session, action);
  if (next.pending === null) return next;
  return reduce(next, { type: 'advanced', reading: performer.advance(next.pending.request) });
}
