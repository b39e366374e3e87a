;; Several columns of a batch at once with 128-bit SIMD: the `product` of packed-bipolar.wat with every
;; number replaced by f64x2 pairs (`product4`: columns A, B in one pair and C, D in another; `product2`: A, B).
;; The tables of the columns are interleaved entry by entry, so one byte index serves every column, one
;; v128.load and one f64x2.add serve two, and each lane does exactly the additions of the one-column product
;; in the same order: bit-identical to it. `tables` builds the one-column tables of packed-bipolar.wat two
;; and four entries at a time (the same additions). Loaded only where the engine validates SIMD
;; (wasm-packed-kernel.ts). Regenerate the embedded module after editing: `pnpm gen:wasm`.
(module
  (memory (import "env" "memory") 1)

  ;; tables(a, b, groups, out): the byte tables of packed-bipolar.wat for inputs a and b, entry k of
  ;; group g at out + 4096 g + 16 k as the pair (sum for a, sum for b).
  (func $tables (param $a i32) (param $b i32) (param $groups i32) (param $out i32)
    (local $k i32) (local $size i32) (local $e i32) (local $stop i32) (local $add v128) (local $sum v128)
    (block $done
      (br_if $done (i32.eqz (local.get $groups)))
      (loop $group
        (local.set $sum (f64x2.splat (f64.const 0)))
        (local.set $k (i32.const 0))
        (loop $first
          (local.set $sum (f64x2.sub (local.get $sum)
            (v128.load64_lane 1 (i32.add (local.get $b) (local.get $k))
              (v128.load64_zero (i32.add (local.get $a) (local.get $k))))))
          (br_if $first (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 8))) (i32.const 64))))
        (v128.store (local.get $out) (local.get $sum))
        (local.set $size (i32.const 16))
        (loop $bit
          (local.set $add (f64x2.mul (f64x2.splat (f64.const 2))
            (v128.load64_lane 1 (local.get $b) (v128.load64_zero (local.get $a)))))
          (local.set $e (local.get $out))
          (local.set $stop (i32.add (local.get $out) (local.get $size)))
          (loop $entry
            (v128.store (i32.add (local.get $e) (local.get $size)) (f64x2.add (v128.load (local.get $e)) (local.get $add)))
            (br_if $entry (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 16))) (local.get $stop))))
          (local.set $a (i32.add (local.get $a) (i32.const 8)))
          (local.set $b (i32.add (local.get $b) (i32.const 8)))
          (br_if $bit (i32.lt_u (local.tee $size (i32.shl (local.get $size) (i32.const 1))) (i32.const 4096))))
        (local.set $out (i32.add (local.get $out) (i32.const 4096)))
        (br_if $group (local.tee $groups (i32.sub (local.get $groups) (i32.const 1))))))
  )

  ;; tables(v, groups, out): the one-column tables of packed-bipolar-tables.wat (for packed-bipolar.wat's
  ;; `product`) with the same additions, two entries at a time from bit 1 on, four from bit 2.
  (func (export "tables") (param $v i32) (param $groups i32) (param $out i32)
    (local $k i32) (local $size i32) (local $e i32) (local $to i32) (local $stop i32) (local $add v128) (local $sum f64)
    (block $done
      (br_if $done (i32.eqz (local.get $groups)))
      (loop $group
        (local.set $sum (f64.const 0))
        (local.set $k (i32.const 0))
        (loop $first
          (local.set $sum (f64.sub (local.get $sum) (f64.load (i32.add (local.get $v) (local.get $k)))))
          (br_if $first (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 8))) (i32.const 64))))
        (f64.store (local.get $out) (local.get $sum))
        (f64.store offset=8 (local.get $out) (f64.add (local.get $sum) (f64.mul (f64.const 2) (f64.load (local.get $v)))))
        ;; bit 1: entries 2 and 3; then bits 2 to 7, four entries at a time
        (v128.store offset=16 (local.get $out) (f64x2.add (v128.load (local.get $out))
          (f64x2.splat (f64.mul (f64.const 2) (f64.load offset=8 (local.get $v))))))
        (local.set $v (i32.add (local.get $v) (i32.const 16)))
        (local.set $size (i32.const 32))
        (loop $bit
          (local.set $add (f64x2.splat (f64.mul (f64.const 2) (f64.load (local.get $v)))))
          (local.set $e (local.get $out))
          (local.set $stop (i32.add (local.get $out) (local.get $size)))
          (loop $entry
            (local.set $to (i32.add (local.get $e) (local.get $size)))
            (v128.store (local.get $to) (f64x2.add (v128.load (local.get $e)) (local.get $add)))
            (v128.store offset=16 (local.get $to) (f64x2.add (v128.load offset=16 (local.get $e)) (local.get $add)))
            (br_if $entry (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 32))) (local.get $stop))))
          (local.set $v (i32.add (local.get $v) (i32.const 8)))
          (br_if $bit (i32.lt_u (local.tee $size (i32.shl (local.get $size) (i32.const 1))) (i32.const 2048))))
        (local.set $out (i32.add (local.get $out) (i32.const 2048)))
        (br_if $group (local.tee $groups (i32.sub (local.get $groups) (i32.const 1))))))
  )

  ;; product2(a, b, blocks, bits, outputs, sums, outA, outB): `product` of packed-bipolar.wat for inputs a
  ;; and b at once, the tables of two blocks (32 KB, the size of L1) or of one at address 0, the running sums
  ;; as pairs at `sums` (16 · outputs bytes); then writes the lanes to outA and outB.
  (func (export "product2") (param $ina i32) (param $inb i32) (param $blocks i32) (param $bits i32) (param $outputs i32) (param $sums i32) (param $outa i32) (param $outb i32)
    (local $o i32) (local $end i32) (local $w i32) (local $at i32) (local $row i32) (local $pass i32)
    (local $stride i32) (local $acc v128)
    (local.set $end (i32.add (local.get $sums) (i32.shl (local.get $outputs) (i32.const 4))))
    (local.set $stride (i32.shl (local.get $outputs) (i32.const 2)))
    (memory.fill (local.get $sums) (i32.const 0) (i32.shl (local.get $outputs) (i32.const 4)))
    (block $done
      (br_if $done (i32.eqz (local.get $outputs)))
      (loop $passes
        (br_if $done (i32.eqz (local.get $blocks)))
        (local.set $pass (select (i32.const 2) (i32.const 1) (i32.ge_u (local.get $blocks) (i32.const 2))))
        (call $tables (local.get $ina) (local.get $inb) (i32.shl (local.get $pass) (i32.const 2)) (i32.const 0))
        (local.set $o (local.get $sums))
        (local.set $row (local.get $bits))
        (if (i32.eq (local.get $pass) (i32.const 2))
          (then
          (loop $four
            (local.set $acc (v128.load (local.get $o)))
            (local.set $at (local.get $row))
            (local.set $w (i32.load (local.get $at)))
            (local.set $at (i32.add (local.get $at) (local.get $stride)))
            (local.set $acc (f64x2.add (local.get $acc)
              (f64x2.add
                (f64x2.add
                  (v128.load offset=0 (i32.and (i32.shl (local.get $w) (i32.const 4)) (i32.const 4080)))
                  (v128.load offset=4096 (i32.and (i32.shr_u (local.get $w) (i32.const 4)) (i32.const 4080))))
                (f64x2.add
                  (v128.load offset=8192 (i32.and (i32.shr_u (local.get $w) (i32.const 12)) (i32.const 4080)))
                  (v128.load offset=12288 (i32.and (i32.shr_u (local.get $w) (i32.const 20)) (i32.const 4080)))))))
            (local.set $w (i32.load (local.get $at)))
            (local.set $acc (f64x2.add (local.get $acc)
              (f64x2.add
                (f64x2.add
                  (v128.load offset=16384 (i32.and (i32.shl (local.get $w) (i32.const 4)) (i32.const 4080)))
                  (v128.load offset=20480 (i32.and (i32.shr_u (local.get $w) (i32.const 4)) (i32.const 4080))))
                (f64x2.add
                  (v128.load offset=24576 (i32.and (i32.shr_u (local.get $w) (i32.const 12)) (i32.const 4080)))
                  (v128.load offset=28672 (i32.and (i32.shr_u (local.get $w) (i32.const 20)) (i32.const 4080)))))))
            (v128.store (local.get $o) (local.get $acc))
            (local.set $row (i32.add (local.get $row) (i32.const 4)))
            (br_if $four (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 16))) (local.get $end)))))
          (else
          (loop $one
            (local.set $acc (v128.load (local.get $o)))
            (local.set $at (local.get $row))
            (local.set $w (i32.load (local.get $at)))
            (local.set $acc (f64x2.add (local.get $acc)
              (f64x2.add
                (f64x2.add
                  (v128.load offset=0 (i32.and (i32.shl (local.get $w) (i32.const 4)) (i32.const 4080)))
                  (v128.load offset=4096 (i32.and (i32.shr_u (local.get $w) (i32.const 4)) (i32.const 4080))))
                (f64x2.add
                  (v128.load offset=8192 (i32.and (i32.shr_u (local.get $w) (i32.const 12)) (i32.const 4080)))
                  (v128.load offset=12288 (i32.and (i32.shr_u (local.get $w) (i32.const 20)) (i32.const 4080)))))))
            (v128.store (local.get $o) (local.get $acc))
            (local.set $row (i32.add (local.get $row) (i32.const 4)))
            (br_if $one (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 16))) (local.get $end))))))
        (local.set $ina (i32.add (local.get $ina) (i32.shl (local.get $pass) (i32.const 8))))
        (local.set $inb (i32.add (local.get $inb) (i32.shl (local.get $pass) (i32.const 8))))
        (local.set $bits (i32.add (local.get $bits) (i32.mul (local.get $pass) (local.get $stride))))
        (local.set $blocks (i32.sub (local.get $blocks) (local.get $pass)))
        (br $passes)))
    ;; write the lanes out
    (local.set $o (local.get $sums))
    (block $written
      (br_if $written (i32.ge_u (local.get $o) (local.get $end)))
      (loop $lanes
        (local.set $acc (v128.load (local.get $o)))
        (f64.store (local.get $outa) (f64x2.extract_lane 0 (local.get $acc)))
        (f64.store (local.get $outb) (f64x2.extract_lane 1 (local.get $acc)))
        (local.set $outa (i32.add (local.get $outa) (i32.const 8)))
        (local.set $outb (i32.add (local.get $outb) (i32.const 8)))
        (br_if $lanes (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 16))) (local.get $end)))))
  )

  ;; tables4(a, b, c, d, groups, out): the byte tables of packed-bipolar.wat for four inputs, entry k of
  ;; group g at out + 8192 g + 32 k as the pairs (sum for a, sum for b), (sum for c, sum for d).
  (func $tables4 (param $a i32) (param $b i32) (param $c i32) (param $d i32) (param $groups i32) (param $out i32)
    (local $k i32) (local $size i32) (local $e i32) (local $to i32) (local $stop i32) (local $add v128) (local $add2 v128) (local $sum v128) (local $sum2 v128)
    (block $done
      (br_if $done (i32.eqz (local.get $groups)))
      (loop $group
        (local.set $sum (f64x2.splat (f64.const 0)))
        (local.set $sum2 (f64x2.splat (f64.const 0)))
        (local.set $k (i32.const 0))
        (loop $first
          (local.set $sum (f64x2.sub (local.get $sum)
            (v128.load64_lane 1 (i32.add (local.get $b) (local.get $k))
              (v128.load64_zero (i32.add (local.get $a) (local.get $k))))))
          (local.set $sum2 (f64x2.sub (local.get $sum2)
            (v128.load64_lane 1 (i32.add (local.get $d) (local.get $k))
              (v128.load64_zero (i32.add (local.get $c) (local.get $k))))))
          (br_if $first (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 8))) (i32.const 64))))
        (v128.store (local.get $out) (local.get $sum))
        (v128.store offset=16 (local.get $out) (local.get $sum2))
        ;; bit 0: entry 1; then bits 1 to 7, two entries at a time
        (v128.store offset=32 (local.get $out) (f64x2.add (local.get $sum) (f64x2.mul (f64x2.splat (f64.const 2))
          (v128.load64_lane 1 (local.get $b) (v128.load64_zero (local.get $a))))))
        (v128.store offset=48 (local.get $out) (f64x2.add (local.get $sum2) (f64x2.mul (f64x2.splat (f64.const 2))
          (v128.load64_lane 1 (local.get $d) (v128.load64_zero (local.get $c))))))
        (local.set $a (i32.add (local.get $a) (i32.const 8)))
        (local.set $b (i32.add (local.get $b) (i32.const 8)))
        (local.set $c (i32.add (local.get $c) (i32.const 8)))
        (local.set $d (i32.add (local.get $d) (i32.const 8)))
        (local.set $size (i32.const 64))
        (loop $bit
          (local.set $add (f64x2.mul (f64x2.splat (f64.const 2))
            (v128.load64_lane 1 (local.get $b) (v128.load64_zero (local.get $a)))))
          (local.set $add2 (f64x2.mul (f64x2.splat (f64.const 2))
            (v128.load64_lane 1 (local.get $d) (v128.load64_zero (local.get $c)))))
          (local.set $e (local.get $out))
          (local.set $stop (i32.add (local.get $out) (local.get $size)))
          (loop $entry
            (local.set $to (i32.add (local.get $e) (local.get $size)))
            (v128.store (local.get $to) (f64x2.add (v128.load (local.get $e)) (local.get $add)))
            (v128.store offset=16 (local.get $to) (f64x2.add (v128.load offset=16 (local.get $e)) (local.get $add2)))
            (v128.store offset=32 (local.get $to) (f64x2.add (v128.load offset=32 (local.get $e)) (local.get $add)))
            (v128.store offset=48 (local.get $to) (f64x2.add (v128.load offset=48 (local.get $e)) (local.get $add2)))
            (br_if $entry (i32.lt_u (local.tee $e (i32.add (local.get $e) (i32.const 64))) (local.get $stop))))
          (local.set $a (i32.add (local.get $a) (i32.const 8)))
          (local.set $b (i32.add (local.get $b) (i32.const 8)))
          (local.set $c (i32.add (local.get $c) (i32.const 8)))
          (local.set $d (i32.add (local.get $d) (i32.const 8)))
          (br_if $bit (i32.lt_u (local.tee $size (i32.shl (local.get $size) (i32.const 1))) (i32.const 8192))))
        (local.set $out (i32.add (local.get $out) (i32.const 8192)))
        (br_if $group (local.tee $groups (i32.sub (local.get $groups) (i32.const 1))))))
  )

  ;; product4(a, b, c, d, blocks, bits, outputs, sums, outA, outB, outC, outD): `product` of
  ;; packed-bipolar.wat for four inputs at once, sharing each byte's index between two f64x2 look-ups. The
  ;; tables of one block (32 KB, the size of L1) live at address 0, the running sums as two pairs per
  ;; output at `sums` (32 · outputs bytes); then writes the lanes to outA ... outD.
  (func (export "product4") (param $ina i32) (param $inb i32) (param $inc i32) (param $ind i32) (param $blocks i32) (param $bits i32) (param $outputs i32) (param $sums i32) (param $outa i32) (param $outb i32) (param $outc i32) (param $outd i32)
    (local $o i32) (local $end i32) (local $w i32) (local $at i32) (local $row i32)
    (local $stride i32) (local $acc v128) (local $acc2 v128) (local $i0 i32) (local $i1 i32) (local $i2 i32) (local $i3 i32)
    (local.set $end (i32.add (local.get $sums) (i32.shl (local.get $outputs) (i32.const 5))))
    (local.set $stride (i32.shl (local.get $outputs) (i32.const 2)))
    (memory.fill (local.get $sums) (i32.const 0) (i32.shl (local.get $outputs) (i32.const 5)))
    (block $done
      (br_if $done (i32.eqz (local.get $outputs)))
      (loop $passes
        (br_if $done (i32.eqz (local.get $blocks)))
        (call $tables4 (local.get $ina) (local.get $inb) (local.get $inc) (local.get $ind) (i32.const 4) (i32.const 0))
        (local.set $o (local.get $sums))
        (local.set $row (local.get $bits))
          (loop $output
            (local.set $acc (v128.load (local.get $o)))
            (local.set $acc2 (v128.load offset=16 (local.get $o)))
            (local.set $at (local.get $row))
            (local.set $w (i32.load (local.get $at)))
            (local.set $i0 (i32.and (i32.shl (local.get $w) (i32.const 5)) (i32.const 8160)))
            (local.set $i1 (i32.and (i32.shr_u (local.get $w) (i32.const 3)) (i32.const 8160)))
            (local.set $i2 (i32.and (i32.shr_u (local.get $w) (i32.const 11)) (i32.const 8160)))
            (local.set $i3 (i32.and (i32.shr_u (local.get $w) (i32.const 19)) (i32.const 8160)))
            (local.set $acc (f64x2.add (local.get $acc) (f64x2.add (f64x2.add (v128.load offset=0 (local.get $i0)) (v128.load offset=8192 (local.get $i1))) (f64x2.add (v128.load offset=16384 (local.get $i2)) (v128.load offset=24576 (local.get $i3))))))
            (local.set $acc2 (f64x2.add (local.get $acc2) (f64x2.add (f64x2.add (v128.load offset=16 (local.get $i0)) (v128.load offset=8208 (local.get $i1))) (f64x2.add (v128.load offset=16400 (local.get $i2)) (v128.load offset=24592 (local.get $i3))))))
            (v128.store (local.get $o) (local.get $acc))
            (v128.store offset=16 (local.get $o) (local.get $acc2))
            (local.set $row (i32.add (local.get $row) (i32.const 4)))
            (br_if $output (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 32))) (local.get $end))))
        (local.set $ina (i32.add (local.get $ina) (i32.const 256)))
        (local.set $inb (i32.add (local.get $inb) (i32.const 256)))
        (local.set $inc (i32.add (local.get $inc) (i32.const 256)))
        (local.set $ind (i32.add (local.get $ind) (i32.const 256)))
        (local.set $bits (i32.add (local.get $bits) (local.get $stride)))
        (local.set $blocks (i32.sub (local.get $blocks) (i32.const 1)))
        (br $passes)))
    (local.set $o (local.get $sums))
    (block $written
      (br_if $written (i32.ge_u (local.get $o) (local.get $end)))
      (loop $lanes
        (local.set $acc (v128.load (local.get $o)))
        (local.set $acc2 (v128.load offset=16 (local.get $o)))
        (f64.store (local.get $outa) (f64x2.extract_lane 0 (local.get $acc)))
        (f64.store (local.get $outb) (f64x2.extract_lane 1 (local.get $acc)))
        (f64.store (local.get $outc) (f64x2.extract_lane 0 (local.get $acc2)))
        (f64.store (local.get $outd) (f64x2.extract_lane 1 (local.get $acc2)))
        (local.set $outa (i32.add (local.get $outa) (i32.const 8)))
        (local.set $outb (i32.add (local.get $outb) (i32.const 8)))
        (local.set $outc (i32.add (local.get $outc) (i32.const 8)))
        (local.set $outd (i32.add (local.get $outd) (i32.const 8)))
        (br_if $lanes (i32.lt_u (local.tee $o (i32.add (local.get $o) (i32.const 32))) (local.get $end)))))
  )
)
