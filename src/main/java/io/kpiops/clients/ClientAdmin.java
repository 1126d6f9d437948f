package io.kpiops.clients;

import io.kpiops.clients.ClientRequests.CreateClientRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client set-up the system does by itself (first start, demo data), with the same rules as the API. */
@Service
public class ClientAdmin {

    private final ClientService service;
    private final ClientRepository repository;

    ClientAdmin(ClientService service, ClientRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public boolean anyClientExists() {
        return repository.count() > 0;
    }

    @Transactional
    public long createAsSystem(String code, String name, String timeZone) {
        return service.create(new CreateClientRequest(code, name, timeZone, true)).getId();
    }
}
