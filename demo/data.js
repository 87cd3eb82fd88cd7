// The data the report and SIP pages show: Norrvik's synthetic inventory (the
// same records on every page and machine, since generateRecords is seeded;
// about the size of a mid-size kommun's) plus what was entered in this browser.
import { generateRecords } from '../dist/aggregate.js';
import { storedInventoryRecords } from './records.js';

export const SYNTHETIC_COUNT = 350;

export const syntheticRecords = () => generateRecords({ count: SYNTHETIC_COUNT, seed: 2025 });

export const inventoryRecords = () => [...syntheticRecords(), ...storedInventoryRecords()];
