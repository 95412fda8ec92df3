package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.ArrayList;
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
    static final String IDENTITY = "intake.client.identity";

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

    /**
     * What makes two registrations in one agency certainly the same person, as tokens a unique index can hold: the
     * same name ({@link NameKeys#unorderedName}) and birth date, or the same identifier. The duplicate check's other
     * matches (a similar or alike-sounding name) are fuzzy and have no such key. The agency is part of each token,
     * since agencies register their clients independently; each part is told from the others by its prefix, so no
     * value of one part can pass for another.
     */
    List<String> identityClaims(String agencyId, ClientDetails details) {
        List<String> claims = new ArrayList<>();
        String name = NameKeys.unorderedName(details.givenName(), details.familyName());
        if (details.birthDate() != null && !name.isEmpty()) {
            claims.add(index.of(IDENTITY, agencyId + "\nperson\n" + name + "\n" + details.birthDate()));
        }
        details.identifiers().forEach(identifier ->
                claims.add(index.of(IDENTITY, agencyId + "\nidentifier\n" + identifier.matchKey())));
        return claims.stream().distinct().toList();
    }
}
