package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.casemgmt.platform.privacy.BlindIndex;
import org.springframework.stereotype.Component;

/**
 * The blind-index tokens a client is looked up by, in place of the plain keys: identifiers (normalised as
 * {@link Identifier#matchKey()}), the Double Metaphone key of each name word, and the birth date. Each kind has
 * its own purpose, so equal values in different fields give unrelated tokens. The tokens find the candidates;
 * names are then decrypted and compared in memory, only for those.
 */
@Component
public class ClientTokens {

    static final String IDENTIFIER = "intake.client.identifier";
    static final String NAME_SOUND = "intake.client.name-sound";
    static final String BIRTH_DATE = "intake.client.birth-date";

    private final BlindIndex index;

    public ClientTokens(BlindIndex index) {
        this.index = index;
    }

    List<String> identifiers(Collection<Identifier> identifiers) {
        return index.ofEach(IDENTIFIER, identifiers.stream().map(Identifier::matchKey).toList());
    }

    String identifier(Identifier identifier) {
        return index.of(IDENTIFIER, identifier.matchKey());
    }

    List<String> nameSounds(String... nameParts) {
        return index.ofEach(NAME_SOUND, NameKeys.phoneticKeys(nameParts));
    }

    String birthDate(LocalDate birthDate) {
        return birthDate == null ? null : index.of(BIRTH_DATE, birthDate.toString());
    }
}
