-- Attendance: one record per employee, shift and production day (shift_date: the plant-local day the shift started),
-- with scheduled and actual hours, the absence (type, hours as entered), lateness and the floating-pool employee who
-- covered an absence. Deleted records stay, marked deleted.
--
-- live is 1 while the record is not deleted and NULL once it is: it is part of the two unique keys below, so that a
-- deleted record never blocks a new one (NULLs never collide in a unique index on SQLite, MariaDB and PostgreSQL) while
-- two live records of one employee, shift and day — or one floater covering two absences of one shift and day — are
-- refused by the database itself, whatever the application checked before.
CREATE TABLE attendance_entries (
    id                      ${id_pk},
    client_id               BIGINT         NOT NULL,
    employee_id             BIGINT         NOT NULL,
    shift_date              DATE           NOT NULL,
    shift_id                BIGINT         NOT NULL,
    scheduled_hours         DECIMAL(5, 2)  NOT NULL,
    actual_hours            DECIMAL(5, 2),
    is_absent               ${bool}        NOT NULL,
    absence_type            VARCHAR(30),
    absence_hours           DECIMAL(5, 2),
    late_minutes            INTEGER,
    covered_by_employee_id  BIGINT,
    notes                   VARCHAR(1000),
    live                    ${bool},
    entry_method            VARCHAR(20)    NOT NULL,
    entered_by              BIGINT,
    entered_by_name         VARCHAR(100)   NOT NULL,
    deleted_at              ${ts},
    deleted_by_name         VARCHAR(100),
    version                 BIGINT         NOT NULL,
    created_at              ${ts}          NOT NULL,
    updated_at              ${ts}          NOT NULL,
    CONSTRAINT uk_attendance_employee_shift UNIQUE (employee_id, shift_date, shift_id, live),
    CONSTRAINT uk_attendance_cover_shift UNIQUE (covered_by_employee_id, shift_date, shift_id, live),
    CONSTRAINT fk_attendance_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_attendance_employee FOREIGN KEY (employee_id) REFERENCES employees (id),
    CONSTRAINT fk_attendance_shift FOREIGN KEY (shift_id) REFERENCES shifts (id),
    CONSTRAINT fk_attendance_cover FOREIGN KEY (covered_by_employee_id) REFERENCES employees (id)
);
CREATE INDEX ix_attendance_client_date ON attendance_entries (client_id, shift_date, shift_id);
CREATE INDEX ix_attendance_client_employee ON attendance_entries (client_id, employee_id, shift_date);
