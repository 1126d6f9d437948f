package io.kpiops.users;

import io.kpiops.platform.security.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    @Query("""
            select distinct u from User u left join u.clientIds c
            where (:q is null or lower(u.username) like :q or lower(u.fullName) like :q or lower(u.email) like :q)
              and (:role is null or u.role = :role)
              and (:active is null or u.active = :active)
              and (:clientId is null or c = :clientId)
            """)
    Page<User> search(String q, Role role, Boolean active, Long clientId, Pageable pageable);
}
