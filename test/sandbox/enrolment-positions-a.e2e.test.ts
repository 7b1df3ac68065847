/** The enrolment Zap in half of the switch positions (the other half: enrolment-positions-b). */
import { describeEnrolmentInHalf } from './enrolment-positions.js';

describeEnrolmentInHalf(0);
