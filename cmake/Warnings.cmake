# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and sanitizers shared by every Segmenta target: call segmenta_target_defaults(<target>).
function(segmenta_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    # GCC 12 reports a false -Wrestrict inside libstdc++ for `"literal" + std::string` at -O2/-O3
    # (GCC bug 105651, fixed in GCC 13); every other warning stays on.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(SEGMENTA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(SEGMENTA_SANITIZE)
    # Global, so that every target, test and the libraries built here agree on the runtime.
    # -O1 is what the ASan documentation recommends: at Debug's -O0 the sanitizer suite ran about twice
    # as long. NDEBUG stays undefined, so assertions are still checked.
    # -g1 (line tables, after Debug's -g) is all the sanitizers' reports need for file:line, and compiles a
    # quarter faster than full debug information (14.5 s against 11.0 s of CPU for KMeansTest.cpp).
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -O1 -g1)
    add_link_options(-fsanitize=address,undefined)
endif()
