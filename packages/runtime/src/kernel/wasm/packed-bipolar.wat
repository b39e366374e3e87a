;; The packed ±1 kernel of packed-bipolar-kernel.ts in WebAssembly: the same byte tables, the same bit
;; layout and the same order of additions, so both kernels give bit-identical results. All pointers are
;; byte offsets into the imported memory, laid out by wasm-packed-kernel.ts.
;; Regenerate the embedded module after editing: `pnpm gen:wasm` (a test fails while it is stale).
(module
  (memory (import "env" "memory") 1)
  ;; tables(v, groups, out): for each group g of 8 numbers v[8g..8g+7], writes the 256 signed sums
  ;; T[b] = sum_t (bit t of b ? v_t : -v_t) at out + 2048 g: T[0] = 0 - v_0 - ... - v_7, then bit t adds
  ;; 2 v_t, T[2^t + b] = T[b] + 2 v_t for b < 2^t, as signedSumTables in bipolar-bits.ts. From
  ;; packed-bipolar-tables.wat, or from packed-bipolar-simd.wat where the engine has SIMD (the same bits).
  (import "env" "tables" (func $tables (param i32 i32 i32)))
  ;; product(input, blocks, bits, outputs, out): out[i] = sum over blocks j of S_j(i), added in order of j
  ;; from +0, where S_j(i) = (T_4j[w_0] + T_4j+1[w_1]) + (T_4j+2[w_2] + T_4j+3[w_3]) over the bytes w_k
  ;; (low first) of bits word j · outputs + i and the tables of the 32 inputs of block j (input is padded
  ;; to 32 · blocks numbers with zeros). The tables of four blocks (32 KB), or of one, live at address 0,
  ;; and out holds the running sums between passes; the order of additions is the same either way.
  (func (export "product") (param $input i32) (param $blocks i32) (param $bits i32) (param $outputs i32) (param $out i32)
    (local $o i32) (local $end i32) (local $w i32) (local $at i32) (local $row i32) (local $pass i32)
    (local $stride i32) (local $acc f64)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $outputs) (i32.const 3))))
    (local.set $stride (i32.shl (local.get $outputs) (i32.const 2)))
    (memory.fill (local.get $out) (i32.const 0) (i32.shl (local.get $outputs) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (local.get $outputs)))
      (loop $passes
        (br_if $done (i32.eqz (local.get $blocks)))
        (local.set $pass (select (i32.const 4) (i32.const 1) (i32.ge_u (local.get $blocks) (i32.const 4))))
        (call $tables (local.get $input) (i32.shl (local.get $pass) (i32.const 2)) (i32.const 0))
        (local.set $o (local.get $out))
        (local.set $row (local.get $bits))
        (if (i32.eq (local.get $pass) (i32.const 4))
          (then
          (loop $four
            (local.set $acc (f64.load (local.get $o)))
            (local.set $at (local.get $row))
            (local.set $w (i32.load (local.get $at)))
            (local.set $at (i32.add (local.get $at) (local.get $stride)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.add
                (f64.add
                  (f64.load offset=0 (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 2040)))
                  (f64.load offset=2048 (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 2040))))
                (f64.add
                  (f64.load offset=4096 (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 2040)))
                  (f64.load offset=6144 (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 2040)))))))
            (local.set $w (i32.load (local.get $at)))
            (local.set $at (i32.add (local.get $at) (local.get $stride)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.add
                (f64.add
                  (f64.load offset=8192 (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 2040)))
                  (f64.load offset=10240 (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 2040))))
                (f64.add
                  (f64.load offset=12288 (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 2040)))
                  (f64.load offset=14336 (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 2040)))))))
            (local.set $w (i32.load (local.get $at)))
            (local.set $at (i32.add (local.get $at) (local.get $stride)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.add
                (f64.add
                  (f64.load offset=16384 (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 2040)))
                  (f64.load offset=18432 (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 2040))))
                (f64.add
                  (f64.load offset=20480 (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 2040)))
                  (f64.load offset=22528 (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 2040)))))))
            (local.set $w (i32.load (local.get $at)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.add
                (f64.add
                  (f64.load offset=24576 (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 2040)))
                  (f64.load offset=26624 (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 2040))))
                (f64.add
                  (f64.load offset=28672 (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 2040)))
                  (f64.load offset=30720 (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 2040)))))))
            (f64.store (local.get $o) (local.get $acc))
            (local.set $row (i32.add (local.get $row) (i32.const 4)))
            (br_if $four (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 8))) (local.get $end)))))
          (else
          (loop $one
            (local.set $acc (f64.load (local.get $o)))
            (local.set $at (local.get $row))
            (local.set $w (i32.load (local.get $at)))
            (local.set $acc (f64.add (local.get $acc)
              (f64.add
                (f64.add
                  (f64.load offset=0 (i32.and (i32.shl (local.get $w) (i32.const 3)) (i32.const 2040)))
                  (f64.load offset=2048 (i32.and (i32.shr_u (local.get $w) (i32.const 5)) (i32.const 2040))))
                (f64.add
                  (f64.load offset=4096 (i32.and (i32.shr_u (local.get $w) (i32.const 13)) (i32.const 2040)))
                  (f64.load offset=6144 (i32.and (i32.shr_u (local.get $w) (i32.const 21)) (i32.const 2040)))))))
            (f64.store (local.get $o) (local.get $acc))
            (local.set $row (i32.add (local.get $row) (i32.const 4)))
            (br_if $one (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 8))) (local.get $end))))))
        (local.set $input (i32.add (local.get $input) (i32.shl (local.get $pass) (i32.const 8))))
        (local.set $bits (i32.add (local.get $bits) (i32.mul (local.get $pass) (local.get $stride))))
        (local.set $blocks (i32.sub (local.get $blocks) (local.get $pass)))
        (br $passes)))
  )
)
