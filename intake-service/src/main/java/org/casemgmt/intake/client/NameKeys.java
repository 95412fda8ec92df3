package org.casemgmt.intake.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The comparable forms of a name: normalised (no case, accents, punctuation or extra spaces) for edit-distance
 * comparison, and phonetic keys (Double Metaphone) that are stored and indexed so that a lookup by name does not
 * scan every client.
 */
public final class NameKeys {

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameKeys() {
    }

    /** "  José  O'Brien-Núñez " becomes "jose obrien nunez". */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d")
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    public static String fullName(String givenName, String familyName) {
        return (normalise(givenName) + " " + normalise(familyName)).trim();
    }

    /**
     * The name as registrations of one person are told apart by ({@link ClientTokens#identityClaims}): given and
     * family name normalised, in either order, so that a name written the other way round stays the same name. Two
     * names with the same key are the same to {@link #similarity} too (it scores them 1), so a clash of keys is always
     * a duplicate the check then finds; a word moved from one name to the other, or a name merely alike, is not.
     */
    public static String unorderedName(String givenName, String familyName) {
        String given = normalise(givenName);
        String family = normalise(familyName);
        if (given.isEmpty() && family.isEmpty()) {
            return "";
        }
        return given.compareTo(family) <= 0 ? given + "|" + family : family + "|" + given;
    }

    /** One phonetic key per word of the name, e.g. "Smyth" and "Smith" both give "SM0". */
    public static Set<String> phoneticKeys(String... nameParts) {
        return Arrays.stream(nameParts)
                .map(NameKeys::normalise)
                .flatMap(part -> Arrays.stream(part.split(" ")))
                .filter(word -> !word.isEmpty())
                .map(NameKeys::phoneticKey)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String phoneticKey(String word) {
        String key = DOUBLE_METAPHONE.doubleMetaphone(word);
        return key == null ? "" : key;
    }

    /**
     * How alike two people's names are, 0 to 1, on the normalised full names; given and family name written the
     * other way round count as the same name.
     */
    static double similarity(String givenA, String familyA, String givenB, String familyB) {
        String a = fullName(givenA, familyA);
        double asWritten = similarity(a, fullName(givenB, familyB));
        double swapped = similarity(a, fullName(familyB, givenB));
        return Math.max(asWritten, swapped);
    }

    /**
     * Jaro-Winkler similarity of two normalised words, 0 to 1: it forgives transposed and missing letters and
     * rewards a common beginning, where typing mistakes are rarest.
     */
    static double similarity(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }
}
