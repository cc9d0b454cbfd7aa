/**
 * Reading revops inputs from files: the JSON Lines event schema and CSV exports of a CRM, with every bad row
 * reported (file, line, column, value, rule) and the good rows kept.
 */
package io.revops.examples.io;
