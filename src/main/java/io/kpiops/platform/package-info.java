/**
 * Cross-cutting platform: security, tenancy, web conventions, audit, time. The one module every other may use,
 * so it is open: its sub-packages are part of its public face.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kpiops.platform;
