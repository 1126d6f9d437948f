package io.kpiops.clients;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientSettingsRepository extends JpaRepository<ClientSettings, Long> {

    Optional<ClientSettings> findByClientId(long clientId);
}
