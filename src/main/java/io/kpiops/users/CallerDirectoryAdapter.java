package io.kpiops.users;

import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CallerDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the platform's security the caller behind a token, read fresh from the users table. */
@Component
class CallerDirectoryAdapter implements CallerDirectory {

    private final UserRepository repository;

    CallerDirectoryAdapter(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Caller> find(long userId) {
        return repository.findById(userId).map(CallerDirectoryAdapter::toCaller);
    }

    static Caller toCaller(User u) {
        return new Caller(u.getId(), u.username, u.role, u.clientIds, u.active, u.sessionsValidAfter, null);
    }
}
