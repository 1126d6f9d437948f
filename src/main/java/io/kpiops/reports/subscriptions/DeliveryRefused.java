package io.kpiops.reports.subscriptions;

/** A delivery that cannot succeed by trying again (no SMTP host, the owner lost access): recorded, never retried. */
class DeliveryRefused extends RuntimeException {

    DeliveryRefused(String message) {
        super(message);
    }
}
