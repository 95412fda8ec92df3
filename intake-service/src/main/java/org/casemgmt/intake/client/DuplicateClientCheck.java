package org.casemgmt.intake.client;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the existing clients who may be the person being registered: anyone with the same identifier, and anyone
 * born the same day whose name is similar (close in edit distance, or a family name that sounds alike with a close
 * given name). The thresholds favour asking the case worker over silently creating a second record.
 */
public final class DuplicateClientCheck {

    static final double SIMILAR_NAME_THRESHOLD = 0.88;
    static final double SIMILAR_GIVEN_NAME_THRESHOLD = 0.80;

    public List<DuplicateCandidate> candidates(ClientProfile applicant, Collection<ClientProfile> existing) {
        Set<String> applicantIdentifiers = identifierKeys(applicant);
        return existing.stream()
                .filter(other -> !Objects.equals(other.clientId(), applicant.clientId()))
                .map(other -> compare(applicant, applicantIdentifiers, other))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed())
                .toList();
    }

    private Optional<DuplicateCandidate> compare(ClientProfile applicant, Set<String> applicantIdentifiers,
                                                 ClientProfile other) {
        Set<MatchedOn> matchedOn = EnumSet.noneOf(MatchedOn.class);
        if (identifierKeys(other).stream().anyMatch(applicantIdentifiers::contains)) {
            matchedOn.add(MatchedOn.IDENTIFIER);
        }
        double nameScore = NameKeys.similarity(applicant.givenName(), applicant.familyName(), other.givenName(),
                other.familyName());
        if (nameScore >= SIMILAR_NAME_THRESHOLD) {
            matchedOn.add(MatchedOn.SIMILAR_NAME);
        }
        if (familyNamesSoundAlike(applicant, other) && givenNamesClose(applicant, other)) {
            matchedOn.add(MatchedOn.SOUNDS_ALIKE);
        }
        boolean sameBirthDate = applicant.birthDate() != null && applicant.birthDate().equals(other.birthDate());
        if (sameBirthDate) {
            matchedOn.add(MatchedOn.BIRTH_DATE);
        }
        boolean nameMatches = matchedOn.contains(MatchedOn.SIMILAR_NAME) || matchedOn.contains(MatchedOn.SOUNDS_ALIKE);
        if (!matchedOn.contains(MatchedOn.IDENTIFIER) && !(sameBirthDate && nameMatches)) {
            return Optional.empty();
        }
        double score = matchedOn.contains(MatchedOn.IDENTIFIER) ? 1.0 : Math.round(nameScore * 100) / 100.0;
        return Optional.of(new DuplicateCandidate(other.clientId(), other.givenName(), other.familyName(),
                other.birthDate(), matchedOn, score));
    }

    private static boolean familyNamesSoundAlike(ClientProfile a, ClientProfile b) {
        Set<String> keysOfA = NameKeys.phoneticKeys(a.familyName());
        return !keysOfA.isEmpty() && keysOfA.equals(NameKeys.phoneticKeys(b.familyName()));
    }

    private static boolean givenNamesClose(ClientProfile a, ClientProfile b) {
        return NameKeys.similarity(NameKeys.normalise(a.givenName()), NameKeys.normalise(b.givenName()))
                >= SIMILAR_GIVEN_NAME_THRESHOLD;
    }

    private static Set<String> identifierKeys(ClientProfile profile) {
        return profile.identifiers().stream().map(Identifier::matchKey).collect(Collectors.toSet());
    }
}
