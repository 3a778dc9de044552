package org.communitysafety.servicedefaults.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * A create answers {@code 201 Created} with {@code ResponseEntity.created(...)}, which
 * the document cannot see from the handler's signature (springdoc documents any
 * {@code ResponseEntity} as a 200). So the handler's own code is read, and lambdas
 * written in it: one that builds its answer with {@code ResponseEntity.created} or
 * {@code HttpStatus.CREATED} has its success documented as 201, so that a generated
 * client expects the status the service sends.
 */
final class CreatedResponses {

    private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);

    private static final String HTTP_STATUS = Type.getInternalName(HttpStatus.class);

    private CreatedResponses() {
    }

    static void documentAs201WhenItCreates(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null || operation.getResponses().containsKey("201")
                || !operation.getResponses().containsKey("200") || !answersCreated(handler.getMethod())) {
            return;
        }
        ApiResponse ok = operation.getResponses().remove("200");
        operation.getResponses().addApiResponse("201", ok.description("Created"));
    }

    static boolean answersCreated(Method handler) {
        Class<?> type = ClassUtils.getUserClass(handler.getDeclaringClass());
        String descriptor = Type.getMethodDescriptor(handler);
        String lambdaPrefix = "lambda$" + handler.getName() + "$";
        AtomicBoolean created = new AtomicBoolean();
        try (InputStream bytes = type.getResourceAsStream(ClassUtils.getClassFileName(type))) {
            if (bytes == null) {
                return false;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String methodDescriptor, String signature,
                        String[] exceptions) {
                    boolean handlersCode = (name.equals(handler.getName()) && methodDescriptor.equals(descriptor))
                            || name.startsWith(lambdaPrefix);
                    return handlersCode ? new CreatedFinder(created) : null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String fieldDescriptor, String signature,
                        Object value) {
                    return null;
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        catch (IOException ex) {
            return false;
        }
        return created.get();
    }

    private static final class CreatedFinder extends MethodVisitor {

        private final AtomicBoolean created;

        CreatedFinder(AtomicBoolean created) {
            super(Opcodes.ASM9);
            this.created = created;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (owner.equals(RESPONSE_ENTITY) && name.equals("created")) {
                created.set(true);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && owner.equals(HTTP_STATUS) && name.equals("CREATED")) {
                created.set(true);
            }
        }

    }

}
