package org.campaignmodel.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.campaignmodel.internal.meta.ModelTypes;

/**
 * Writes {@code org.campaignmodel.format.internal.ModelReaders} and {@code ModelWriters} while the
 * wire format's module compiles, from the model compiled just before it. Why a processor: the
 * generated code then always matches the model it is compiled against, nothing generated is
 * committed, and removing a property needs no manual step. It acts only when the codec is among the
 * sources being compiled, so that it is inert for test sources and for any other module that
 * happens to see it.
 */
public final class ModelWritersProcessor extends AbstractProcessor {
    /** The class whose compilation calls for the readers and writers. */
    static final String TRIGGER = "org.campaignmodel.format.internal.Codec";

    private boolean done;

    /** Creates the processor; javac calls this. */
    public ModelWritersProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done) {
            return false;
        }
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type && type.getQualifiedName().contentEquals(TRIGGER)) {
                done = true;
                generate(type);
            }
        }
        return false; // claims no annotation: the other processors see everything
    }

    private void generate(TypeElement trigger) {
        String writers;
        String readers;
        try {
            ModelTypes types = ModelTypes.discover();
            writers = new WriterGeneration(types, new Names(types)).generate();
            readers = new ReaderGeneration(types).generate();
        } catch (RuntimeException e) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR, "Cannot describe the model to generate its codec: " + e, trigger);
            return;
        }
        write(WriterGeneration.CLASS, writers, trigger);
        write(ReaderGeneration.CLASS, readers, trigger);
    }

    private void write(String name, String source, TypeElement trigger) {
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(name, trigger);
            try (Writer out = file.openWriter()) {
                out.write(source);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write " + name + ": " + e, trigger);
        }
    }
}
