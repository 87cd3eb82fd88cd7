// samsyn/sql as a consumer sees it: the declarations built into dist/types.
import type { AggregateResult } from 'samsyn/aggregate';
import { inventoryDefinition } from 'samsyn/schema';
import { aggregateSql, createTableSql, fromSqlRows, insertSql, type SqlDialect, type SqlQuery } from 'samsyn/sql';

const dialect: SqlDialect = 'duckdb';
export const ddl: string = createTableSql(inventoryDefinition, { dialect, table: 'records' });
export const insert: SqlQuery = insertSql(inventoryDefinition, {}, { dialect, kommun: '0360', period: '2026', id: 'r1' });
export const query: SqlQuery = aggregateSql(inventoryDefinition, { dialect: 'postgres', kommun: '0360', by: 'gender' });
export const result: AggregateResult = fromSqlRows(inventoryDefinition, [{ q: 0, n: 1 }], { by: 'gender', minCount: 5 });
// @ts-expect-error not a dialect
createTableSql(inventoryDefinition, { dialect: 'mysql' });
// @ts-expect-error kommun is required
aggregateSql(inventoryDefinition, { dialect });
