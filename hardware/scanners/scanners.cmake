# Barcode scanner input: one payload type and one router for every reader (keyboard wedge, evdev,
# HID POS over hidraw, serial), plus the camera's still-image decoder. Kept in its own folder so the
# printer and device work next door grows without touching these lists. Included (not
# add_subdirectory) so that AUTOMOC sees these sources as the target's own.
set(scanners_dir ${CMAKE_CURRENT_LIST_DIR})
target_sources(omnitill_hardware PRIVATE
    ${scanners_dir}/BarcodeImageReader.cpp ${scanners_dir}/BarcodeImageReader.h
    ${scanners_dir}/DeviceFileReader.cpp ${scanners_dir}/DeviceFileReader.h
    ${scanners_dir}/EvdevScannerReader.cpp ${scanners_dir}/EvdevScannerReader.h
    ${scanners_dir}/HidPosReport.cpp ${scanners_dir}/HidPosReport.h
    ${scanners_dir}/HidrawScannerReader.cpp ${scanners_dir}/HidrawScannerReader.h
    ${scanners_dir}/InputDeviceFinder.cpp ${scanners_dir}/InputDeviceFinder.h
    ${scanners_dir}/ScanPayload.cpp ${scanners_dir}/ScanPayload.h
    ${scanners_dir}/ScanRouter.cpp ${scanners_dir}/ScanRouter.h
    ${scanners_dir}/SerialScannerReader.cpp ${scanners_dir}/SerialScannerReader.h
)
target_include_directories(omnitill_hardware PUBLIC ${scanners_dir})

# The camera: Qt Multimedia kept out of omnitill_hardware, so only what shows a camera links it.
find_package(Qt6 6.4 REQUIRED COMPONENTS Multimedia Concurrent)
qt_add_library(omnitill_camera STATIC ${scanners_dir}/CameraScanner.cpp ${scanners_dir}/CameraScanner.h)
target_include_directories(omnitill_camera PUBLIC ${scanners_dir})
target_link_libraries(omnitill_camera PUBLIC omnitill_hardware Qt6::Multimedia PRIVATE Qt6::Concurrent)
