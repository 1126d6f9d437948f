/**
 * The plant model of each client: products (with ideal cycle times), production lines, shifts (with breaks,
 * possibly crossing midnight) and employees. Everyone in a client's scope reads it; powerusers and admins change it.
 */
package io.kpiops.catalog;
