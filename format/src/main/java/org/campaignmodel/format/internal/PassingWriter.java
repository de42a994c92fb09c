package org.campaignmodel.format.internal;

import java.math.BigDecimal;

/**
 * Hands what the generated writers write on to another writer, asking first at every name and
 * value: the base of the writers that reshape a document on its way out (a party written as a
 * reference, kept properties put back) without a copy of the generated code.
 */
abstract class PassingWriter implements TokenWriter {
    /** Where the tokens go. */
    final TokenWriter out;

    PassingWriter(TokenWriter out) {
        this.out = out;
    }

    /** Called before each scalar value; {@return whether it goes on to {@link #out}} */
    abstract boolean passValue();

    /**
     * Called before each property name.
     *
     * @param name the name
     * @return whether it goes on to {@link #out}
     */
    abstract boolean passName(String name);

    @Override
    public void name(int name) {
        if (passName(ModelWriters.NAMES[name])) {
            out.name(name);
        }
    }

    @Override
    public void name(String name) {
        if (passName(name)) {
            out.name(name);
        }
    }

    @Override
    public void string(String value) {
        if (passValue()) {
            out.string(value);
        }
    }

    @Override
    public void number(int value) {
        if (passValue()) {
            out.number(value);
        }
    }

    @Override
    public void decimal(BigDecimal value) {
        if (passValue()) {
            out.decimal(value);
        }
    }

    @Override
    public void numberAsWritten(String text) {
        if (passValue()) {
            out.numberAsWritten(text);
        }
    }

    @Override
    public void bool(boolean value) {
        if (passValue()) {
            out.bool(value);
        }
    }

    @Override
    public void nullValue() {
        if (passValue()) {
            out.nullValue();
        }
    }

    @Override
    public boolean inRoot() {
        return out.inRoot();
    }
}
