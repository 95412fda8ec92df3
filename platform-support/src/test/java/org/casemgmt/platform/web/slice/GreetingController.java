package org.casemgmt.platform.web.slice;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class GreetingController {

    private final CurrentActor actor;

    GreetingController(CurrentActor actor) {
        this.actor = actor;
    }

    record Greeting(@NotBlank String text) {
    }

    @PostMapping("/api/greetings")
    Map<String, String> greet(@Valid @RequestBody Greeting greeting) {
        return Map.of("text", greeting.text(), "by", actor.id());
    }

    @GetMapping("/api/greetings/{id}")
    Map<String, String> read(@PathVariable String id) {
        throw new ResourceNotFoundException("greeting", id);
    }
}
