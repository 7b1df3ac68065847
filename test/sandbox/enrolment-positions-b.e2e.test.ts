/** The enrolment Zap in half of the switch positions (the other half: enrolment-positions-a). */
import { describeEnrolmentInHalf } from './enrolment-positions.js';

describeEnrolmentInHalf(1);
