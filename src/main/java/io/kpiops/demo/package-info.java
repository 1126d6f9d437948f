/** Demo and benchmark data: a new installation that shows what the product does. */
package io.kpiops.demo;
