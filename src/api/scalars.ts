/** The custom scalars of schema.graphql, from graphql-scalars. */
import { JSONResolver, LocalDateResolver, URLResolver } from 'graphql-scalars';

export const scalars = { URL: URLResolver, LocalDate: LocalDateResolver, JSON: JSONResolver };
