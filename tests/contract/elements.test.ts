// Every element keeps the shared contract (element-contract.ts) and every docs
// example renders (docs-examples.ts). A new element is one line in
// tests/fixtures/elements/index.ts: its examples module, with a `contract`.
import '../../src/index.js';
import { runElementContract } from './element-contract.js';
import { runDocsExamples } from './docs-examples.js';
import { docsExamples, examplesModules } from '../fixtures/elements/index.js';

for (const { contract } of Object.values(examplesModules)) if (contract) runElementContract(contract);

runDocsExamples(docsExamples);
