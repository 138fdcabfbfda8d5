package org.ecoscore.cli;

import java.util.Locale;
import java.util.function.Function;
import org.ecoscore.core.Options;
import picocli.CommandLine.ITypeConverter;

/** Option-value converters: enum options by their lower-case id, fractions checked to lie in 0..1. */
final class Converters {
    private Converters() {
    }

    private static <E extends Enum<E>> E byId(String text, E[] values, Function<E, String> id) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            if (id.apply(e).equals(t)) return e;
            allowed.append(allowed.length() > 0 ? ", " : "").append(id.apply(e));
        }
        throw new CodedUsage.Conversion("usage.not-one-of", "'" + text + "' is not one of " + allowed, "allowed",
                allowed);
    }

    /** {@code --lang zh|en}. */
    static final class LangConverter implements ITypeConverter<Options.Lang> {
        @Override
        public Options.Lang convert(String value) {
            return byId(value, Options.Lang.values(), Options.Lang::id);
        }
    }

    /** {@code --duplicates keep-last|keep-first|reject}. */
    static final class DuplicatesConverter implements ITypeConverter<Options.DuplicatePolicy> {
        @Override
        public Options.DuplicatePolicy convert(String value) {
            return byId(value, Options.DuplicatePolicy.values(), Options.DuplicatePolicy::id);
        }
    }

    /** {@code --region-level province|city}. */
    static final class RegionLevelConverter implements ITypeConverter<Options.RegionLevel> {
        @Override
        public Options.RegionLevel convert(String value) {
            return byId(value, Options.RegionLevel.values(), Options.RegionLevel::id);
        }
    }

    /** {@code --weights framework|equal|entropy|ahp|ahp+entropy}. */
    static final class WeightsConverter implements ITypeConverter<Options.WeightMethod> {
        @Override
        public Options.WeightMethod convert(String value) {
            return byId(value, Options.WeightMethod.values(), Options.WeightMethod::id);
        }
    }

    /** {@code --yardstick baseline|current}. */
    static final class YardstickConverter implements ITypeConverter<Options.YardstickChoice> {
        @Override
        public Options.YardstickChoice convert(String value) {
            return byId(value, Options.YardstickChoice.values(), Options.YardstickChoice::id);
        }
    }

    /** {@code --method aggregate|topsis}. */
    static final class MethodConverter implements ITypeConverter<Options.CompositeMethod> {
        @Override
        public Options.CompositeMethod convert(String value) {
            return byId(value, Options.CompositeMethod.values(), Options.CompositeMethod::id);
        }
    }

    /** {@code --coupling standard|revised}. */
    static final class CouplingConverter implements ITypeConverter<Options.CouplingForm> {
        @Override
        public Options.CouplingForm convert(String value) {
            return byId(value, Options.CouplingForm.values(), Options.CouplingForm::id);
        }
    }

    /** A share between 0 and 1 ({@code --min-coverage}, {@code --node-coverage}); {@code 60%} is accepted. */
    static final class FractionConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String t = value.trim();
            double scale = 1;
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).trim();
                scale = 100;
            }
            double v;
            try {
                v = Double.parseDouble(t) / scale;
            } catch (NumberFormatException e) {
                throw new CodedUsage.Conversion("usage.share-not-number", "'" + value + "' is not a number; give a share "
                        + "such as 0.5");
            }
            if (!(v >= 0 && v <= 1)) {
                throw new CodedUsage.Conversion("usage.share-range", "'" + value + "' must be between 0 and 1 (e.g. 0.5)");
            }
            return v;
        }
    }

    /** A non-negative number of seconds ({@code --min-duration}). */
    static final class SecondsConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v;
            try {
                v = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new CodedUsage.Conversion("usage.seconds-not-number", "'" + value + "' is not a number of seconds");
            }
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new CodedUsage.Conversion("usage.seconds-negative", "'" + value + "' must be a number of seconds, "
                        + "0 or more");
            }
            return v;
        }
    }
}
