;; The packed ±1 kernel of packed-bipolar-kernel.ts in WebAssembly: the same half-byte tables, the same
;; bit layout and the same order of additions, so both kernels give bit-identical results. All pointers are
;; byte offsets into the imported memory, laid out by wasm-packed-kernel.ts.
;; Regenerate the embedded module after editing: `pnpm gen:wasm` (a test fails while it is stale).
(module
  (memory (import "env" "memory") 1)

  ;; tables(v, groups, out): for each group g of 4 numbers v[4g..4g+3], writes the 16 signed sums
  ;; T[b] = sum_t (bit t of b ? v_t : -v_t) at out + 128 g, in the order of the JS kernel.
  (func $tables (param $v i32) (param $groups i32) (param $out i32)
    (local $end i32) (local $v0 f64) (local $v1 f64) (local $v2 f64) (local $v3 f64)
    (local $t0 f64) (local $t1 f64) (local $t2 f64) (local $t3 f64)
    (local $t4 f64) (local $t5 f64) (local $t6 f64) (local $t7 f64)
    (local.set $end (i32.add (local.get $v) (i32.shl (local.get $groups) (i32.const 5))))
    (block $done
      (br_if $done (i32.ge_u (local.get $v) (local.get $end)))
      (loop $group
        (local.set $v0 (f64.load offset=0 (local.get $v)))
        (local.set $v1 (f64.load offset=8 (local.get $v)))
        (local.set $v2 (f64.load offset=16 (local.get $v)))
        (local.set $v3 (f64.load offset=24 (local.get $v)))
        (local.set $t0 (f64.sub (f64.sub (f64.sub (f64.sub (f64.const 0) (local.get $v0)) (local.get $v1)) (local.get $v2)) (local.get $v3)))
        ;; bit 0
        (local.set $v0 (f64.mul (f64.const 2) (local.get $v0)))
        (local.set $t1 (f64.add (local.get $t0) (local.get $v0)))
        ;; bit 1
        (local.set $v1 (f64.mul (f64.const 2) (local.get $v1)))
        (local.set $t2 (f64.add (local.get $t0) (local.get $v1)))
        (local.set $t3 (f64.add (local.get $t1) (local.get $v1)))
        ;; bit 2
        (local.set $v2 (f64.mul (f64.const 2) (local.get $v2)))
        (local.set $t4 (f64.add (local.get $t0) (local.get $v2)))
        (local.set $t5 (f64.add (local.get $t1) (local.get $v2)))
        (local.set $t6 (f64.add (local.get $t2) (local.get $v2)))
        (local.set $t7 (f64.add (local.get $t3) (local.get $v2)))
        ;; bit 3
        (local.set $v3 (f64.mul (f64.const 2) (local.get $v3)))
        (f64.store offset=0 (local.get $out) (local.get $t0))
        (f64.store offset=8 (local.get $out) (local.get $t1))
        (f64.store offset=16 (local.get $out) (local.get $t2))
        (f64.store offset=24 (local.get $out) (local.get $t3))
        (f64.store offset=32 (local.get $out) (local.get $t4))
        (f64.store offset=40 (local.get $out) (local.get $t5))
        (f64.store offset=48 (local.get $out) (local.get $t6))
        (f64.store offset=56 (local.get $out) (local.get $t7))
        (f64.store offset=64 (local.get $out) (f64.add (local.get $t0) (local.get $v3)))
        (f64.store offset=72 (local.get $out) (f64.add (local.get $t1) (local.get $v3)))
        (f64.store offset=80 (local.get $out) (f64.add (local.get $t2) (local.get $v3)))
        (f64.store offset=88 (local.get $out) (f64.add (local.get $t3) (local.get $v3)))
        (f64.store offset=96 (local.get $out) (f64.add (local.get $t4) (local.get $v3)))
        (f64.store offset=104 (local.get $out) (f64.add (local.get $t5) (local.get $v3)))
        (f64.store offset=112 (local.get $out) (f64.add (local.get $t6) (local.get $v3)))
        (f64.store offset=120 (local.get $out) (f64.add (local.get $t7) (local.get $v3)))
        (local.set $v (i32.add (local.get $v) (i32.const 32)))
        (local.set $out (i32.add (local.get $out) (i32.const 128)))
        (br_if $group (i32.lt_u (local.get $v) (local.get $end)))))
  )

  ;; project(x, words, bits, p, tables, out): out[mu] = Xi^T x for p patterns whose bits are `words`
  ;; 32-bit words each (bit set = +1); x is padded to 32 · words numbers with zeros.
  (func (export "project") (param $x i32) (param $words i32) (param $bits i32) (param $p i32) (param $tables i32) (param $out i32)
    (local $end i32) (local $j i32) (local $w i32) (local $t i32)
    (local $s0 f64) (local $s1 f64) (local $s2 f64) (local $s3 f64)
    (call $tables (local.get $x) (i32.shl (local.get $words) (i32.const 3)) (local.get $tables))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $p) (i32.const 3))))
    ;; no neurons: every score is 0
    (memory.fill (local.get $out) (i32.const 0) (i32.shl (local.get $p) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (local.get $words)))
      (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
      (loop $pattern
        (local.set $s0 (f64.const 0)) (local.set $s1 (f64.const 0))
        (local.set $s2 (f64.const 0)) (local.set $s3 (f64.const 0))
        (local.set $t (local.get $tables))
        (local.set $j (local.get $words))
        (loop $word
          (local.set $w (i32.load (local.get $bits)))
          (local.set $s0 (f64.add (local.get $s0) (f64.add
            (f64.load offset=0 (i32.add (local.get $t) (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 120))))
            (f64.load offset=128 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 1)) (i32.const 120)))))))
          (local.set $s1 (f64.add (local.get $s1) (f64.add
            (f64.load offset=256 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 120))))
            (f64.load offset=384 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 9)) (i32.const 120)))))))
          (local.set $s2 (f64.add (local.get $s2) (f64.add
            (f64.load offset=512 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 120))))
            (f64.load offset=640 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 17)) (i32.const 120)))))))
          (local.set $s3 (f64.add (local.get $s3) (f64.add
            (f64.load offset=768 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 120))))
            (f64.load offset=896 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 25)) (i32.const 120)))))))
          (local.set $bits (i32.add (local.get $bits) (i32.const 4)))
          (local.set $t (i32.add (local.get $t) (i32.const 1024)))
          (br_if $word (local.tee $j (i32.sub (local.get $j) (i32.const 1)))))
        (f64.store (local.get $out) (f64.add (f64.add (local.get $s0) (local.get $s1)) (f64.add (local.get $s2) (local.get $s3))))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br_if $pattern (i32.lt_u (local.get $out) (local.get $end)))))
  )

  ;; combine(c, blocks, bits, n, tables, out): out[i] = Xi c for n neurons; bits holds, per block of 32
  ;; patterns, one word per neuron; c is padded to 32 · blocks numbers with zeros.
  (func (export "combine") (param $c i32) (param $blocks i32) (param $bits i32) (param $n i32) (param $tables i32) (param $out i32)
    (local $o i32) (local $end i32) (local $w i32) (local $t i32)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))))
    (memory.fill (local.get $out) (i32.const 0) (i32.shl (local.get $n) (i32.const 3)))
    (local.set $t (local.get $tables))
    (block $done
      (br_if $done (i32.eqz (local.get $blocks)))
      (br_if $done (i32.eqz (local.get $n)))
      (loop $block
        (call $tables (local.get $c) (i32.const 8) (local.get $t))
        (local.set $o (local.get $out))
        (loop $neuron
          (local.set $w (i32.load (local.get $bits)))
          (f64.store (local.get $o) (f64.add (f64.load (local.get $o))
            (f64.add
              (f64.add
                (f64.add
                  (f64.load offset=0 (i32.add (local.get $t) (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 120))))
                  (f64.load offset=128 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 1)) (i32.const 120)))))
                (f64.add
                  (f64.load offset=256 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 120))))
                  (f64.load offset=384 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 9)) (i32.const 120))))))
              (f64.add
                (f64.add
                  (f64.load offset=512 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 120))))
                  (f64.load offset=640 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 17)) (i32.const 120)))))
                (f64.add
                  (f64.load offset=768 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 120))))
                  (f64.load offset=896 (i32.add (local.get $t) (i32.and (i32.shr_u (local.get $w) (i32.const 25)) (i32.const 120)))))))))
          (local.set $bits (i32.add (local.get $bits) (i32.const 4)))
          (local.set $o (i32.add (local.get $o) (i32.const 8)))
          (br_if $neuron (i32.lt_u (local.get $o) (local.get $end))))
        (local.set $c (i32.add (local.get $c) (i32.const 256)))
        (br_if $block (local.tee $blocks (i32.sub (local.get $blocks) (i32.const 1))))))
  )
)
