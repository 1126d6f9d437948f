package io.kpiops.workorders;

import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.JobRequests.JobSnapshot;
import io.kpiops.workorders.JobRequests.UpdateJobRequest;
import io.kpiops.workorders.WorkOrderRequests.JobBody;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Jobs of work orders: added to an order, changed, deactivated; always in the order's client. */
@Service
class JobService {

    private final JobRepository jobs;
    private final WorkOrderService orders;
    private final WorkOrderSupport support;

    JobService(JobRepository jobs, WorkOrderService orders, WorkOrderSupport support) {
        this.jobs = jobs;
        this.orders = orders;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<Job> search(Long clientId, Long workOrderId, Long lineId, Boolean active, Pageable pageable) {
        return jobs.search(clientId, workOrderId, lineId, active, pageable);
    }

    @Transactional(readOnly = true)
    Job get(long id) {
        return jobs.findById(id).orElseThrow(() -> ApiException.notFound("Job " + id));
    }

    @Transactional
    Job add(long workOrderId, JobBody body) {
        WorkOrder order = orders.get(workOrderId);
        JobFields f = body.fields();
        check(order, f);
        if (jobs.existsByWorkOrderIdAndSequence(workOrderId, f.sequence())) {
            throw ApiException.conflict("sequence", "Work order " + order.number + " already has a job " + f.sequence() + ".");
        }
        Job j = new Job(order, support.now());
        j.change(f, true, support.now());
        jobs.save(j);
        support.audit(WorkOrderSupport.JOB, j.getId(), j.getClientId(), AuditAction.CREATE, null, JobSnapshot.of(j));
        return j;
    }

    @Transactional
    Job update(long id, UpdateJobRequest r) {
        Job j = get(id);
        j.requireVersion(r.version(), "Job " + j.sequence);
        WorkOrder order = orders.get(j.workOrderId);
        JobFields f = r.fields();
        check(order, f);
        if (f.sequence() != j.sequence && jobs.existsByWorkOrderIdAndSequence(j.workOrderId, f.sequence())) {
            throw ApiException.conflict("sequence", "Work order " + order.number + " already has a job " + f.sequence() + ".");
        }
        JobSnapshot before = JobSnapshot.of(j);
        j.change(f, r.active(), support.now());
        jobs.flush();
        support.audit(WorkOrderSupport.JOB, j.getId(), j.getClientId(), AuditAction.UPDATE, before, JobSnapshot.of(j));
        return j;
    }

    private void check(WorkOrder order, JobFields f) {
        List<FieldError> errors = WorkOrderRules.checkJob("", order.clientId, f, support::line);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
