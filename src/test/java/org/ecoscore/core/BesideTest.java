package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BesideTest {
    @Test
    void theValueComputedOnAThreadOfItsOwn() {
        Beside<String> b = Beside.start("ecoscore-test", () -> Thread.currentThread().getName());
        assertEquals("ecoscore-test", b.get());
    }

    @Test
    void getThrowsTheComputationsOwnException() {
        EcoscoreException damaged = EcoscoreException.input("x.csv", "damaged");
        Beside<Object> b = Beside.start("ecoscore-test", () -> {
            throw damaged;
        });
        assertSame(damaged, assertThrows(EcoscoreException.class, b::get));
        Beside<Object> e = Beside.start("ecoscore-test", () -> {
            throw new OutOfMemoryError("test");
        });
        assertEquals("test", assertThrows(OutOfMemoryError.class, e::get).getMessage());
    }

    @Test
    void awaitWaitsForTheEndWithoutThrowing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        Beside<Object> b = Beside.start("ecoscore-test", () -> {
            started.countDown();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            throw new IllegalStateException("after");
        });
        started.await();
        b.await();
        assertTrue(ended.get());
    }
}
