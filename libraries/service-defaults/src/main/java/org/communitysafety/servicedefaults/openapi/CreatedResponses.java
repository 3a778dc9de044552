package org.communitysafety.servicedefaults.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
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
 * {@code ResponseEntity} as a 200). So the handler's own code is read, and the code it
 * runs to build its answer: the lambdas written in it, the methods of its own class it
 * calls, and the static methods of the platform's classes it calls (a helper such as
 * {@code created(resource)}), each followed as far as it goes. One that builds its answer
 * with {@code ResponseEntity.created}, {@code HttpStatus.CREATED} or
 * {@code ResponseEntity.status(201)} has its success documented as 201, so that a
 * generated client expects the status the service sends. Calls into other objects (use
 * cases, repositories) are not followed: they decide what is stored, not the status.
 */
final class CreatedResponses {

    private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);

    private static final String HTTP_STATUS = Type.getInternalName(HttpStatus.class);

    /** Whose static helpers are followed: the platform's own code, not libraries'. */
    private static final String PLATFORM = "org/communitysafety/";

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
        return new CodeReader(type.getClassLoader()).reachesCreated(
                new CodeLocation(Type.getInternalName(type), handler.getName(), Type.getMethodDescriptor(handler)));
    }

    /** One method's code: its class, name and descriptor. */
    private record CodeLocation(String owner, String name, String descriptor) {
    }

    /** What one method's code does that matters here. */
    private record MethodCode(boolean answersCreated, Set<CodeLocation> follows) {
    }

    private static final class CodeReader {

        private final ClassLoader classes;

        private final Map<String, Map<CodeLocation, MethodCode>> read = new HashMap<>();

        CodeReader(ClassLoader classes) {
            this.classes = classes;
        }

        boolean reachesCreated(CodeLocation start) {
            Set<CodeLocation> seen = new HashSet<>();
            Deque<CodeLocation> next = new ArrayDeque<>();
            next.add(start);
            while (!next.isEmpty()) {
                CodeLocation location = next.poll();
                if (!seen.add(location)) {
                    continue;
                }
                MethodCode code = methodsOf(location.owner()).get(location);
                if (code == null) {
                    continue;
                }
                if (code.answersCreated()) {
                    return true;
                }
                next.addAll(code.follows());
            }
            return false;
        }

        private Map<CodeLocation, MethodCode> methodsOf(String owner) {
            return read.computeIfAbsent(owner, this::readClass);
        }

        private Map<CodeLocation, MethodCode> readClass(String owner) {
            Map<CodeLocation, MethodCode> methods = new HashMap<>();
            try (InputStream bytes = classes == null ? null : classes.getResourceAsStream(owner + ".class")) {
                if (bytes == null) {
                    return methods;
                }
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                            String[] exceptions) {
                        return new CreatedFinder(owner,
                                code -> methods.put(new CodeLocation(owner, name, descriptor), code));
                    }
                }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
            catch (IOException ex) {
                return methods;
            }
            return methods;
        }

    }

    private static final class CreatedFinder extends MethodVisitor {

        private final String owner;

        private final Consumer<MethodCode> done;

        private final Set<CodeLocation> follows = new HashSet<>();

        private boolean created;

        private Integer lastIntConstant;

        CreatedFinder(String owner, Consumer<MethodCode> done) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.done = done;
        }

        @Override
        public void visitMethodInsn(int opcode, String calledOwner, String name, String descriptor,
                boolean isInterface) {
            if (calledOwner.equals(RESPONSE_ENTITY) && (name.equals("created")
                    || (name.equals("status") && descriptor.startsWith("(I)") && isCreated(lastIntConstant)))) {
                created = true;
            }
            if (calledOwner.equals(owner) || (opcode == Opcodes.INVOKESTATIC && calledOwner.startsWith(PLATFORM))) {
                follows.add(new CodeLocation(calledOwner, name, descriptor));
            }
            lastIntConstant = null;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            for (Object argument : arguments) {
                if (argument instanceof Handle lambda && lambda.getOwner().equals(owner)) {
                    follows.add(new CodeLocation(lambda.getOwner(), lambda.getName(), lambda.getDesc()));
                }
            }
            lastIntConstant = null;
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && fieldOwner.equals(HTTP_STATUS) && name.equals("CREATED")) {
                created = true;
            }
            lastIntConstant = null;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            lastIntConstant = opcode == Opcodes.NEWARRAY ? null : operand;
        }

        @Override
        public void visitInsn(int opcode) {
            lastIntConstant = null;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            lastIntConstant = null;
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastIntConstant = value instanceof Integer constant ? constant : null;
        }

        @Override
        public void visitEnd() {
            done.accept(new MethodCode(created, Set.copyOf(follows)));
        }

        private static boolean isCreated(Integer status) {
            return status != null && status == HttpStatus.CREATED.value();
        }

    }

}
