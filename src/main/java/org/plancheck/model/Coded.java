package org.plancheck.model;

import java.util.Arrays;

/** An enum with a stable code used in files and JSON; {@link #parse} reads it back, naming the accepted codes. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String code) {
        String c = code == null ? "" : code.strip();
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(c)) {
                return e;
            }
        }
        var codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        String list = codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
        throw new IllegalArgumentException(what + " must be " + list + ", not '" + code + "'");
    }
}
