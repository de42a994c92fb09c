package org.campaignmodel.format.internal;

import org.campaignmodel.internal.meta.ModelTypes;

/** The model's description, found once and shared by the codec and the generated code. */
final class Model {
    /** Every value type and union, with its properties in writing order. */
    static final ModelTypes TYPES = ModelTypes.discover();

    private Model() {}
}
