package org.casemgmt.monitoring.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;

import tools.jackson.databind.json.JsonMapper;

/** The instruments as shipped in instruments/instruments.json, and answers to them for the worked examples. */
final class ShippedInstruments {

    static final List<Instrument> ALL = load();
    static final Instrument PHQ_9 = byId("PHQ-9");
    static final Instrument GAD_7 = byId("GAD-7");
    static final Instrument SELF_SUFFICIENCY = byId("SELF-SUFFICIENCY");

    private ShippedInstruments() {
    }

    /** Scores for the items in their order: {@code answers(PHQ_9, 2, 2, 1, ...)}. */
    static List<Answer> answers(Instrument instrument, int... scores) {
        return IntStream.range(0, scores.length)
                .mapToObj(i -> new Answer(instrument.items().get(i).id(), scores[i])).toList();
    }

    /** Answers totalling {@code total}, each item as high as it goes in turn, the last items left at their lowest. */
    static List<Answer> totalling(Instrument instrument, int total) {
        List<Answer> answers = new ArrayList<>();
        int left = total - instrument.items().stream().mapToInt(Instrument.Item::lowest).sum();
        for (Instrument.Item item : instrument.items()) {
            int raise = Math.min(left, item.highest() - item.lowest());
            answers.add(new Answer(item.id(), item.lowest() + raise));
            left -= raise;
        }
        return answers;
    }

    private static Instrument byId(String id) {
        return ALL.stream().filter(instrument -> instrument.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Instrument> load() {
        try (InputStream in = ShippedInstruments.class.getResourceAsStream("/instruments/instruments.json")) {
            return JsonMapper.shared().readValue(in, InstrumentCatalog.Seed.class).instruments();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
