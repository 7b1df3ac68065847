/**
 * The sandbox's school, switches and faults (sandbox/store/), under the names tests and scripts
 * import.
 */
export { Store } from './store/store.ts';
export { defaultSwitches, type Latency, type Switches } from './store/switches.ts';
export type { Fault } from './store/faults.ts';
export {
  timestamp,
  type Course,
  type Group,
  type LearningPath,
  type LoggedRequest,
  type Person,
  type Progress,
  type SchoolCounts,
} from './store/records.ts';
