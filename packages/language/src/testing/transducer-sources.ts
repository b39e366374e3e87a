/** A Mealy vending machine (turnstile-like) as `.fsa` source, for tests of transducers. */
export const VENDING_MEALY = `mealy Vending {
  alphabet coin, push
  outputs unlock, lock, nothing
  start locked
  locked -> unlocked on coin / unlock
  locked -> locked on push / nothing
  unlocked -> unlocked on coin / nothing
  unlocked -> locked on push / lock
}
`;
