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

/**
 * Writes {@code org.campaignmodel.json.ModelWriters} while the Jackson 3 binding compiles, from the
 * model compiled just before it. Why a processor: the generated code then always matches the model
 * it is compiled against, nothing generated is committed, and removing a property needs no manual
 * step. It acts only when the binding's codec is among the sources being compiled, so that it is
 * inert for test sources and for any other module that happens to see it.
 */
public final class ModelWritersProcessor extends AbstractProcessor {
    /** The class whose compilation calls for the writers. */
    static final String TRIGGER = "org.campaignmodel.json.ModelCodec";

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
        String source;
        try {
            source = new WriterGeneration().generate();
        } catch (RuntimeException e) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            "Cannot describe the model to generate " + WriterGeneration.CLASS + ": " + e,
                            trigger);
            return;
        }
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(WriterGeneration.CLASS, trigger);
            try (Writer out = file.openWriter()) {
                out.write(source);
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, "Cannot write " + WriterGeneration.CLASS + ": " + e, trigger);
        }
    }
}
