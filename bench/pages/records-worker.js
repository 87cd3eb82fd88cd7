// Makes the synthetic records off the page, so that the page under test has
// not loaded samsyn/aggregate itself: the report fetches what it needs.
import { generateRecords } from '../../dist/aggregate.js';

self.onmessage = (event) => self.postMessage(generateRecords(event.data));
