package org.casemgmt.intake.client;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/intake/clients")
@Tag(name = "Clients", description = "Registration with duplicate detection, search and updates")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class ClientController {

    private final ClientService clients;
    private final CurrentActor actor;
    private final StaffAccess access;

    ClientController(ClientService clients, CurrentActor actor, StaffAccess access) {
        this.clients = clients;
        this.actor = actor;
        this.access = access;
    }

    @PostMapping
    @Audited(resource = "client", action = AuditAction.CREATE)
    @Operation(operationId = "registerClient", summary = "Register a client",
            description = "Answers 409 possible-duplicate with the candidates unless confirmedNotDuplicate is true.")
    @ApiResponse(responseCode = "201", description = "The client, registered")
    @ApiResponse(responseCode = "409",
            description = "`possible-duplicate`: existing clients may be this person, listed in `candidates`; use "
                    + "one of them, or register again with `confirmedNotDuplicate: true`",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "possible-duplicate", summary = "A client who sounds alike, born the same day", value = """
                    {"type": "urn:casemgmt:problem:possible-duplicate", "title": "Refused by a rule", "status": 409,
                     "detail": "1 existing client(s) may be the same person. Use one of them, or send the \
                    registration again with confirmedNotDuplicate: true.",
                     "instance": "/api/intake/clients", "correlationId": "4bf92f3577b34da6a3ce929d0e0e4736",
                     "candidates": [{"clientId": "0f8fad5b-d9cb-469f-a165-70867728950e", "givenName": "Maria",
                                     "familyName": "Meyer", "birthDate": "1984-03-02",
                                     "matchedOn": ["SOUNDS_ALIKE", "BIRTH_DATE"], "score": 0.93}]}""")))
    ResponseEntity<ClientResponse> register(@Validated(ClientForm.Registration.class) @RequestBody ClientForm form) {
        access.requireRole(StaffRole.CASE_WORK, "register a client");
        Client client = clients.register(form.details(), form.confirmed(), actor.id());
        return ResponseEntity.created(URI.create("/api/intake/clients/" + client.getId()))
                .body(ClientResponse.of(client));
    }

    @PostMapping("/duplicate-check")
    @Audited(resource = "client", action = AuditAction.READ, operation = "duplicate-check")
    @Operation(operationId = "checkForDuplicateClients",
            summary = "List the existing clients who may be this person, without registering anyone")
    @ApiResponse(responseCode = "200", description = "The possible duplicates, best match first; none is an empty list")
    DuplicateCheck checkForDuplicates(@Valid @RequestBody ClientForm form) {
        access.requireRole(StaffRole.CASE_WORK, "check for duplicate clients");
        return new DuplicateCheck(clients.possibleDuplicates(new ClientProfile(null, form.givenName(),
                form.familyName(), form.birthDate(), form.identifiers())));
    }

    @GetMapping("/{id}")
    @Audited(resource = "client", action = AuditAction.READ, idParam = "id")
    @Operation(operationId = "getClient", summary = "Read a client")
    @ApiResponse(responseCode = "200", description = "The client")
    @ApiResponse(responseCode = "404", description = "No client with this id in the caller's agency")
    ClientResponse get(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_READING, "read client records");
        return ClientResponse.of(clients.get(id));
    }

    @GetMapping
    @Audited(resource = "client", action = AuditAction.READ, operation = "list",
            recordValuesOf = {"status", "registeredFrom", "registeredTo", "page", "size", "sort"})
    @Operation(operationId = "listClients",
            summary = "List the agency's clients, filtered by status and registration date range, newest first")
    @ApiResponse(responseCode = "200", description = "A page of clients")
    PagedModel<ClientResponse> list(@ParameterObject ClientFilter filter,
                                    @ParameterObject
                                    @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC)
                                    Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read client records");
        return new PagedModel<>(clients.list(filter, pageable).map(ClientResponse::of));
    }

    @GetMapping("/search")
    @Audited(resource = "client", action = AuditAction.READ, operation = "search", recordValuesOf = "identifierType")
    @Operation(operationId = "searchClients",
            summary = "Find clients by a name that sounds alike, an identifier and/or a birth date",
            description = "Every given criterion must match; at least one is required. Best name match first.")
    @ApiResponse(responseCode = "200", description = "The clients found, best name match first")
    List<ClientResponse> search(@RequestParam(required = false) String name,
                                @RequestParam(required = false) String identifierType,
                                @RequestParam(required = false) String identifierValue,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate birthDate) {
        access.requireRole(StaffRole.CASE_READING, "read client records");
        boolean byIdentifier = identifierType != null && identifierValue != null;
        if ((name == null || name.isBlank()) && !byIdentifier && birthDate == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Give a name, an identifier (identifierType and identifierValue) or a birth date");
        }
        Identifier identifier = byIdentifier ? new Identifier(identifierType, identifierValue) : null;
        return clients.search(name, identifier, birthDate).stream().map(ClientResponse::of).toList();
    }

    @PostMapping("/{id}/erasure")
    @Audited(resource = "client", action = AuditAction.DELETE, operation = "erase", idParam = "id")
    @Operation(operationId = "eraseClient", summary = "Erase a client at their request",
            description = "Agency administrators only. Destroys the key of the client's personal data, so that it is "
                    + "unreadable wherever intake stored it, publishes client.erased for every other service, and "
                    + "keeps the record without the person (status ERASED) for the statistics. Erasing again "
                    + "answers the same erased record and publishes nothing more.")
    @ApiResponse(responseCode = "200", description = "The record without the person, status ERASED")
    @ApiResponse(responseCode = "404", description = "No client with this id in the caller's agency")
    ClientResponse erase(@PathVariable String id, @Valid @RequestBody(required = false) ErasureRequest request) {
        access.requireRole(StaffRole.ADMINISTRATION, "erase a client");
        return ClientResponse.of(clients.erase(id, request == null ? null : request.reference(), actor.id()));
    }

    @PutMapping("/{id}")
    @Audited(resource = "client", action = AuditAction.UPDATE, idParam = "id")
    @Operation(operationId = "replaceClientDetails", summary = "Replace a client's details",
            description = "A stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The client as changed")
    @ApiResponse(responseCode = "404", description = "No client with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`client-erased`: an erased client's record cannot change")
    ClientResponse replace(@PathVariable String id,
                           @Validated(ClientForm.Replacement.class) @RequestBody ClientForm form) {
        access.requireRole(StaffRole.CASE_WORK, "change client records");
        return ClientResponse.of(clients.replaceDetails(id, form.version(), form.details()));
    }

    @PatchMapping("/{id}")
    @Audited(resource = "client", action = AuditAction.UPDATE, idParam = "id")
    @Operation(operationId = "changeClient", summary = "Change some of a client's details or the status",
            description = "A stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The client as changed")
    @ApiResponse(responseCode = "404", description = "No client with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`client-erased`: an erased client's record cannot change; "
            + "`erasure-required`: the status ERASED is set only by an erasure")
    ClientResponse change(@PathVariable String id, @Valid @RequestBody ClientChanges changes) {
        access.requireRole(StaffRole.CASE_WORK, "change client records");
        return ClientResponse.of(clients.change(id, changes.version(), changes));
    }
}
