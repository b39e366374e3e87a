;; The byte tables of packed-bipolar.wat's `product`, one number at a time, for engines without 128-bit SIMD
;; (packed-bipolar-simd.wat exports the same function with the same additions, several entries at a time).
;; Regenerate the embedded module after editing: `pnpm gen:wasm` (a test fails while it is stale).
(module
  (memory (import "env" "memory") 1)

  ;; tables(v, groups, out): for each group g of 8 numbers v[8g..8g+7], writes the 256 signed sums
  ;; T[b] = sum_t (bit t of b ? v_t : -v_t) at out + 2048 g: T[0] = 0 - v_0 - ... - v_7, then bit t adds
  ;; 2 v_t, T[2^t + b] = T[b] + 2 v_t for b < 2^t, as signedSumTables in bipolar-bits.ts.
  (func (export "tables") (param $v i32) (param $groups i32) (param $out i32)
    (local $k i32) (local $size i32) (local $b i32) (local $stop i32) (local $add f64) (local $sum f64)
    (block $done
      (br_if $done (i32.eqz (local.get $groups)))
      (loop $group
        (local.set $sum (f64.const 0))
        (local.set $k (i32.const 0))
        (loop $first
          (local.set $sum (f64.sub (local.get $sum) (f64.load (i32.add (local.get $v) (local.get $k)))))
          (br_if $first (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 8))) (i32.const 64))))
        (f64.store (local.get $out) (local.get $sum))
        ;; bit t: size = 8 · 2^t bytes of entries get 2 v_t added, v_t at v + 8 t
        (local.set $size (i32.const 8))
        (loop $bit
          (local.set $add (f64.mul (f64.const 2) (f64.load (local.get $v))))
          (local.set $b (local.get $out))
          (local.set $stop (i32.add (local.get $out) (local.get $size)))
          (loop $entry
            (f64.store (i32.add (local.get $b) (local.get $size)) (f64.add (f64.load (local.get $b)) (local.get $add)))
            (br_if $entry (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 8))) (local.get $stop))))
          (local.set $v (i32.add (local.get $v) (i32.const 8)))
          (br_if $bit (i32.lt_u (local.tee $size (i32.shl (local.get $size) (i32.const 1))) (i32.const 2048))))
        (local.set $out (i32.add (local.get $out) (i32.const 2048)))
        (br_if $group (local.tee $groups (i32.sub (local.get $groups) (i32.const 1))))))
  )
)
